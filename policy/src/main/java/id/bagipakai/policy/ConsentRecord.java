package id.bagipakai.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer of one person, as the decision needs it; the evidence (form, witness, document)
 * stays in consent-service under {@code consentId}.
 *
 * @param objection the person objects to processing on a public-task or legitimate-interest
 *     basis within this scope; it stays in force until a later record in the same scope drops it
 * @param guardianPresent a parent or guardian gave or co-signed the answer; a grant about a
 *     child counts only then
 */
public record ConsentRecord(String consentId, String memberId, ConsentScope scope, ConsentState state,
                            Instant givenAt, boolean objection, boolean guardianPresent) {

    public ConsentRecord {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
