package id.bagipakai.gateway.domain;

import id.bagipakai.policy.DeliveryMode;

import java.time.Instant;
import java.util.List;

/**
 * One release on record: which agency received which household's record (and which of its
 * members) under which agreement, which fields (JSON pointers, members as {@code *}), by which
 * delivery path, when. {@code seq} and the hashes place it in its agreement's chain.
 */
public record Disclosure(String agreementId, long seq, String agency, String householdId, List<String> memberIds,
                         List<String> fields, DeliveryMode deliveryPath, String eventType, String eventPosition,
                         Instant disclosedAt, String previousHash, String hash) {

    /** A release about to be recorded: everything but its place in the chain. */
    public record Draft(String agreementId, String agency, String householdId, List<String> memberIds,
                        List<String> fields, DeliveryMode deliveryPath, String eventType, String eventPosition,
                        Instant disclosedAt) {

        public Draft {
            memberIds = List.copyOf(memberIds);
            fields = List.copyOf(fields);
        }
    }

    public Draft draft() {
        return new Draft(agreementId, agency, householdId, memberIds, fields, deliveryPath, eventType, eventPosition,
                disclosedAt);
    }
}
