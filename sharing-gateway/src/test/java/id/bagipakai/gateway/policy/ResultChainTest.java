package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.contracts.Streams;
import id.bagipakai.gateway.pseudonym.KeyRing;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.DeliveryMode;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.ResultFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static id.bagipakai.gateway.policy.ResultCases.ELIGIBILITY;
import static id.bagipakai.gateway.policy.ResultCases.REGION;
import static id.bagipakai.gateway.policy.ResultCases.ROLES;
import static id.bagipakai.gateway.policy.ResultCases.WELFARE_RANK;
import static id.bagipakai.gateway.policy.ResultCases.eligibility;
import static id.bagipakai.gateway.policy.ResultCases.facts;
import static id.bagipakai.gateway.policy.ResultCases.grant;
import static id.bagipakai.gateway.policy.ResultCases.granted;
import static id.bagipakai.gateway.policy.ResultCases.request;
import static id.bagipakai.gateway.policy.ResultCases.welfareRank;
import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility stream's chain as the gateway runs it, pseudonyms last. */
class ResultChainTest {

    private static final Set<String> ALL = Set.of(ResultFields.WELFARE, ResultFields.ELIGIBILITY);
    private final PolicyChain chain = EnforcementChains.of(Streams.ELIGIBILITY, ROLES);

    @TempDir
    Path keys;

    @Test
    void aResultLeavesMinimisedWithItsSpecificPartsOnlyUnderEveryonesConsent() {
        ObjectNode all = chain.decide(request(grant(LegalBasis.PUBLIC_TASK, ALL), ELIGIBILITY, eligibility(REGION),
                granted("mb-1", "mb-2"))).recordOrNull();
        assertThat(all.path("decisions").get(0).path("reasons")).hasSize(1);
        assertThat(all.has("subjects")).isFalse();

        Decision partly = chain.decide(request(grant(LegalBasis.PUBLIC_TASK, ALL), ELIGIBILITY, eligibility(REGION),
                granted("mb-1")));
        assertThat(partly).isInstanceOfSatisfying(Decision.Redact.class, r -> {
            assertThat(r.removed()).contains("/decisions/0/reasons", "/decisions/1/reasons", "/subjects");
            assertThat(r.record().path("decisions").get(1).path("programme").asText()).isEqualTo("ATENSI");
            assertThat(r.record().toString()).doesNotContain("mb-1", "mb-2", "HOMELESS");
        });
    }

    @Test
    void nothingLeavesWithoutTheRoleTheStreamOrTheAgreement() {
        AgreementGrant grant = grant(LegalBasis.PUBLIC_TASK, ALL);
        assertThat(chain.decide(request(grant, Set.of("agency", "stream:household-events"), WELFARE_RANK,
                welfareRank(REGION), facts(REGION, ResultCases.SUBJECTS), Map.of()))).isInstanceOf(Decision.Deny.class);
        AgreementGrant householdOnly = new AgreementGrant(grant.terms(), grant.agencyClientId(), true,
                Set.of(Streams.HOUSEHOLD_EVENTS), Set.of(DeliveryMode.SSE), 1, ResultCases.NOW);
        assertThat(chain.decide(request(householdOnly, WELFARE_RANK, welfareRank(REGION), Map.of())))
                .isInstanceOf(Decision.Deny.class);
        assertThat(chain.decide(request(null, WELFARE_RANK, welfareRank(REGION), Map.of())))
                .isInstanceOf(Decision.Deny.class);
        assertThat(chain.decide(request(grant(LegalBasis.PUBLIC_TASK, Set.of("/members/*/name")), WELFARE_RANK,
                welfareRank(REGION), Map.of()))).isInstanceOf(Decision.Deny.class);
    }

    @Test
    void underAPseudonymousAgreementTheIdsArePseudonyms() {
        AgreementGrant grant = grant(LegalBasis.PUBLIC_TASK, ALL, Set.of(WELFARE_RANK, ELIGIBILITY), AccessMode.PSEUDONYMOUS);
        var request = request(grant, ELIGIBILITY, eligibility(REGION), granted("mb-1", "mb-2"));
        ObjectNode released = chain.decide(request).recordOrNull();
        ObjectNode out = new PseudonymStep(new Pseudonymiser(new KeyRing(keys))).decide(request.withRecord(released))
                .recordOrNull();
        assertThat(out.path("householdId").asText()).startsWith("p").isNotEqualTo("hh-1");
        assertThat(out.path("eventId").asText()).startsWith("p").isNotEqualTo("ev-2");
        assertThat(out.path("decisions").get(1).path("objectionId").asText()).startsWith("p").isNotEqualTo("obj-9");
        assertThat(out.path("decisions").get(0).path("objectionId").isNull()).isTrue();
        assertThat(out.toString()).doesNotContain("hh-1", "ev-2", "obj-9");
    }

    @Test
    void theHouseholdChainReleasesNothingOfAHouseholdEventForResultGrants() throws Exception {
        AgreementGrant grant = grant(LegalBasis.PUBLIC_TASK, ALL, Set.of("HouseholdRegistered"), AccessMode.IDENTIFIED);
        AgreementGrant both = new AgreementGrant(grant.terms(), grant.agencyClientId(), true,
                Set.of(Streams.HOUSEHOLD_EVENTS, Streams.ELIGIBILITY), Set.of(DeliveryMode.SSE), 1, ResultCases.NOW);
        ObjectNode event = (ObjectNode) ResultCases.JSON.readTree("""
                {"eventId":"e1","eventType":"HouseholdRegistered","householdId":"hh-1","version":1,
                 "occurredAt":"2026-11-24T02:00:00Z","agreementId":"pks-r",
                 "household":{"location":{"regionCode":"32.73.01.1001"},"members":[{"memberId":"mb-1"}]}}""");
        var request = new DisclosureRequest(ResultCases.AGENCY, Set.of("stream:household-events"), Streams.HOUSEHOLD_EVENTS,
                DeliveryMode.SSE, both, "HouseholdRegistered", event, facts(REGION, java.util.List.of("mb-1")), Map.of(),
                ResultCases.NOW);
        assertThat(EnforcementChains.of(Streams.HOUSEHOLD_EVENTS, ROLES).decide(request)).isInstanceOf(Decision.Deny.class);
    }

    @Test
    void aStreamWithoutAChainDenies() {
        assertThat(EnforcementChains.of("audit-events", ROLES).decide(request(grant(LegalBasis.PUBLIC_TASK, ALL),
                WELFARE_RANK, welfareRank(REGION), Map.of()))).isInstanceOf(Decision.Deny.class);
    }
}
