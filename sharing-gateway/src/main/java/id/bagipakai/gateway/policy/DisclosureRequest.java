package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.HouseholdFacts;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One record on its way to one agency under one of its agreements: who asks (client id and roles
 * from its token), on which stream and delivery path, the record as JSON (the event in the
 * agency-facing shape, reduced step by step), and what the decision needs about the household
 * and its members' consents at {@code now}.
 *
 * @param consents the ledgers of the household's members who ever answered, by member id
 */
public record DisclosureRequest(String agency, Set<String> roles, String stream, DeliveryMode mode,
                                AgreementGrant grant, String eventType, ObjectNode record, HouseholdFacts household,
                                Map<String, ConsentLedger> consents, Instant now) {

    public DisclosureRequest withRecord(ObjectNode next) {
        return new DisclosureRequest(agency, roles, stream, mode, grant, eventType, next, household, consents, now);
    }
}
