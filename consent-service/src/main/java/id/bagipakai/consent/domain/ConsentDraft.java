package id.bagipakai.consent.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's answer as an operator records it, unchecked. Vocabulary fields are plain strings so
 * that every wrong value is answered at once, each by its JSON pointer.
 *
 * @param agreementId the one agreement the answer is about; or else
 * @param purpose     every agreement serving this purpose
 * @param givenAt     when the person answered (the form's date); now when absent
 */
public record ConsentDraft(UUID agreementId, String purpose, String state, Boolean objection, Instant givenAt,
                           Evidence evidence, Guardian guardian, String note) {

    /** @param channel a {@link ConsentChannel}; a witness or a document reference is required besides */
    public record Evidence(String channel, String witness, String documentReference) {
    }

    /** Who answered for (or with) a child or a person under guardianship. */
    public record Guardian(String name, String relationship, String documentReference) {
    }
}
