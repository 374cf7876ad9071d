package id.bagipakai.gateway.messaging;

import id.bagipakai.commons.kafka.AvroTopicLoop;
import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.consent.AgreementChanged;
import id.bagipakai.contracts.consent.ConsentEntry;
import id.bagipakai.contracts.consent.MemberConsentsChanged;
import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.gateway.service.PolicyState;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.ConsentLedger;
import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentScope;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.Purpose;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.avro.generic.GenericRecord;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rebuilds the policy state from consent-service's compacted topics at every start (a group of
 * its own, from the earliest record) and keeps it current. Until it has read what was on the
 * topics at start, the gateway is not ready and releases nothing. An event that cannot be mapped
 * (an unknown purpose from a newer consent-service) is parked, and its agreement stays as it was.
 */
@ApplicationScoped
public class PolicyTopicsConsumer {

    @Inject
    GatewayConfig config;

    @Inject
    id.bagipakai.contracts.Namespace namespace;

    @Inject
    PolicyState state;

    private volatile AvroTopicLoop loop;

    void onStart(@Observes StartupEvent start) {
        KafkaTopics.ensure(config.kafkaBootstrapServers(), namespace, Topics.AGREEMENTS, Topics.MEMBER_CONSENTS,
                Topics.deadLetterOf(Topics.AGREEMENTS), Topics.deadLetterOf(Topics.MEMBER_CONSENTS));
        loop = AvroTopicLoop.start(new AvroTopicLoop.Settings("sharing-gateway-policy",
                        config.kafkaBootstrapServers(), config.apicurioUrl(),
                        namespace.group("sharing-gateway-policy-" + UUID.randomUUID()), "earliest",
                        List.of(namespace.topic(Topics.AGREEMENTS), namespace.topic(Topics.MEMBER_CONSENTS))),
                (record, event) -> apply(event));
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (loop != null) {
            loop.close();
        }
    }

    /** True once every agreement and ledger that existed at start is known. */
    public boolean isCaughtUp() {
        AvroTopicLoop current = loop;
        return current != null && current.isCaughtUp();
    }

    private void apply(GenericRecord event) {
        switch (event.getSchema().getName()) {
            case "AgreementChanged" -> state.apply(grant(
                    EventCodec.toSpecific(event, AgreementChanged.class, AgreementChanged.getClassSchema())));
            case "MemberConsentsChanged" -> {
                MemberConsentsChanged e = EventCodec.toSpecific(event, MemberConsentsChanged.class,
                        MemberConsentsChanged.getClassSchema());
                state.apply(ledger(e), e.getRevision());
            }
            default -> throw new IllegalArgumentException("unexpected event " + event.getSchema().getFullName());
        }
    }

    /** @throws IllegalArgumentException for a value this gateway does not know */
    static AgreementGrant grant(AgreementChanged e) {
        Set<Ppks> ppks = EnumSet.noneOf(Ppks.class);
        e.getPpksCategories().forEach(p -> ppks.add(Ppks.valueOf(p)));
        AgreementTerms terms = new AgreementTerms(e.getAgreementId(), e.getAgencyId(),
                AgreementStatus.valueOf(e.getStatus()), Purpose.valueOf(e.getPurpose()),
                LegalBasis.valueOf(e.getLegalBasis()), Set.copyOf(e.getEventTypes()), Set.copyOf(e.getFields()),
                Set.copyOf(e.getRegionScope()), ppks, AccessMode.valueOf(e.getAccessMode()), e.getValidFrom(),
                e.getValidUntil());
        Set<DeliveryMode> modes = e.getDeliveryModes().stream().map(DeliveryMode::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeliveryMode.class)));
        return new AgreementGrant(terms, e.getAgencyClientId(), e.getAgencyActive(), Set.copyOf(e.getStreams()),
                modes, e.getRevision(), e.getOccurredAt());
    }

    static ConsentLedger ledger(MemberConsentsChanged e) {
        return ConsentLedger.of(e.getMemberId(), e.getConsents().stream().map(c -> record(e.getMemberId(), c)).toList());
    }

    private static ConsentRecord record(String memberId, ConsentEntry c) {
        ConsentScope scope = c.getAgreementId() != null ? new ConsentScope.OfAgreement(c.getAgreementId())
                : new ConsentScope.OfPurpose(Purpose.valueOf(c.getPurpose()));
        return new ConsentRecord(c.getConsentId(), memberId, scope, ConsentState.valueOf(c.getState()), c.getGivenAt(),
                c.getObjection(), c.getGuardianPresent());
    }
}
