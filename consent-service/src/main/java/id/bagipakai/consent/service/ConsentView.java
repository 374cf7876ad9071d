package id.bagipakai.consent.service;

import id.bagipakai.consent.domain.Consent;
import id.bagipakai.consent.domain.ConsentChannel;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.Purpose;

import java.time.Instant;
import java.util.UUID;

/** A consent as the API shows it, with its evidence. */
public record ConsentView(UUID id, UUID memberId, UUID agreementId, Purpose purpose, ConsentState state,
                          boolean objection, Instant givenAt, Evidence evidence, Guardian guardian, String note,
                          String recordedBy, Instant recordedAt) {

    public record Evidence(ConsentChannel channel, String witness, String documentReference) {
    }

    public record Guardian(String name, String relationship, String documentReference) {
    }

    static ConsentView of(Consent c) {
        return new ConsentView(c.id, c.memberId, c.agreementId, c.purpose, c.state, c.objection, c.givenAt,
                new Evidence(c.channel, c.witness, c.documentReference),
                c.guardianPresent() ? new Guardian(c.guardianName, c.guardianRelationship, c.guardianDocumentReference)
                        : null,
                c.note, c.recordedBy, c.recordedAt);
    }
}
