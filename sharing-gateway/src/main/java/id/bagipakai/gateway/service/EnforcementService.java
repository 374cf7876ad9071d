package id.bagipakai.gateway.service;

import id.bagipakai.gateway.config.GatewayConfig;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.gateway.domain.Disclosure;
import id.bagipakai.gateway.messaging.PolicyTopicsConsumer;
import id.bagipakai.contracts.Streams;
import id.bagipakai.gateway.policy.Decision;
import id.bagipakai.gateway.policy.DisclosureRequest;
import id.bagipakai.gateway.policy.EnforcementChains;
import id.bagipakai.gateway.policy.PolicyChain;
import id.bagipakai.gateway.policy.PseudonymStep;
import id.bagipakai.gateway.policy.ResultConsentStep;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.HouseholdDecision;
import id.bagipakai.policy.HouseholdFacts;
import id.bagipakai.policy.MemberDecision;
import id.bagipakai.policy.SharingPolicy;
import id.bagipakai.policy.MemberFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides each record for each agency, once per agreement of the agency that carries the stream,
 * through the stream's chain ({@link EnforcementChains}): token role, agreement in force,
 * agreement ∧ consent with member minimisation, field minimisation; then pseudonyms unless the
 * agreement grants identified access. Deny by default: an agency without such an agreement, or a
 * stream without a chain, receives nothing.
 */
@ApplicationScoped
public class EnforcementService {

    private static final Logger LOG = Logger.getLogger(EnforcementService.class);

    /**
     * A record released under one agreement: {@code record} as it leaves, and what the disclosure
     * log keeps of it (the household and members by their own ids, the field pointers).
     */
    public record Release(AgreementGrant grant, ObjectNode record, String householdId, List<String> memberIds,
                          List<String> fields) {

        public Disclosure.Draft draft(String agency, DeliveryMode mode, FeedEvent event, Instant at) {
            return new Disclosure.Draft(grant.agreementId(), agency, householdId, memberIds, fields, mode,
                    event.type(), event.position(), at);
        }
    }

    private final Map<String, PolicyChain> chains = new HashMap<>();
    /** Runs after the chain, so that the disclosure log keeps the real ids of what was released. */
    private final PseudonymStep pseudonyms;

    @Inject
    PolicyState state;

    @Inject
    PolicyTopicsConsumer policyTopics;

    @Inject
    public EnforcementService(GatewayConfig config, Pseudonymiser pseudonymiser) {
        Map<String, String> roles = config.streams().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().role()));
        Streams.names().forEach(stream -> chains.put(stream, EnforcementChains.of(stream, roles)));
        this.pseudonyms = new PseudonymStep(pseudonymiser);
    }

    /** What of the event leaves for the agency on this path now: one release per agreement that allows it. */
    public List<Release> decide(String agency, Set<String> roles, DeliveryMode mode, FeedEvent event) {
        if (!policyTopics.isCaughtUp()) {
            // A partial state could release what a record not yet read (a revocation) forbids.
            LOG.debugf("Withheld %s %s from %s: the policy state is still being rebuilt", event.type(), event.position(), agency);
            return List.of();
        }
        HouseholdFacts household;
        try {
            household = event.facts();
        } catch (IllegalArgumentException e) { // e.g. a PPKS code newer than this gateway: unclassified data stays in
            LOG.warnf("Withheld %s %s from %s: %s", event.type(), event.position(), agency, e.getMessage());
            return List.of();
        }
        PolicyChain chain = chains.getOrDefault(event.stream(), new PolicyChain(List.of()));
        Instant now = Instant.now();
        var consents = state.ledgersOf(household.members().stream().map(MemberFacts::memberId).toList());
        List<Release> releases = new ArrayList<>();
        for (AgreementGrant grant : state.agreementsOf(agency)) {
            // A shallow copy is enough: the steps copy before they change anything, so the event's
            // nested objects can be shared by every agreement's request.
            ObjectNode record = event.record().objectNode();
            record.setAll(event.record());
            record.put("agreementId", grant.agreementId());
            var request = new DisclosureRequest(agency, roles, event.stream(), mode, grant, event.type(), record,
                    household, consents, now);
            Decision decision = chain.decide(request);
            if (decision instanceof Decision.Deny deny) {
                LOG.debugf("Withheld %s %s from %s under %s: %s", event.type(), event.position(), agency,
                        grant.agreementId(), deny.reason());
            } else {
                ObjectNode released = decision.recordOrNull();
                ObjectNode outgoing = pseudonyms.decide(request.withRecord(released)).recordOrNull();
                if (outgoing != null) {
                    releases.add(new Release(grant, outgoing, event.record().path("householdId").asText(),
                            releasedMembers(request, released), ReleasedFields.of(released)));
                }
            }
        }
        return releases;
    }

    /**
     * Whose data left, by member id, for the log. Of a household event: the members the policy
     * released, when the record still carries members (an agreement may release a household
     * without member fields). Of an eligibility result: the subjects the policy released, since
     * the result is derived from their data. Asked of the policy, since the record itself may no
     * longer hold the ids (a result never does).
     */
    private static List<String> releasedMembers(DisclosureRequest request, ObjectNode released) {
        if (Streams.ELIGIBILITY.equals(request.stream())) {
            return ResultConsentStep.releasedSubjects(request);
        }
        if (released.path("household").path("members").isEmpty()) {
            return List.of();
        }
        return SharingPolicy.decideHousehold(request.grant().terms(), request.eventType(), request.household(),
                        request.consents(), request.now()) instanceof HouseholdDecision.Release r
                ? r.releasedMembers().stream().map(MemberDecision.Release::memberId).toList() : List.of();
    }
}
