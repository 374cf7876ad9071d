package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.ResultFields;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static id.bagipakai.gateway.policy.ResultCases.ELIGIBILITY;
import static id.bagipakai.gateway.policy.ResultCases.JSON;
import static id.bagipakai.gateway.policy.ResultCases.REGION;
import static id.bagipakai.gateway.policy.ResultCases.WELFARE_RANK;
import static id.bagipakai.gateway.policy.ResultCases.eligibility;
import static id.bagipakai.gateway.policy.ResultCases.grant;
import static id.bagipakai.gateway.policy.ResultCases.request;
import static id.bagipakai.gateway.policy.ResultCases.welfareRank;
import static org.assertj.core.api.Assertions.assertThat;

class ResultMinimisationStepTest {

    private final ResultMinimisationStep step = new ResultMinimisationStep();

    private ObjectNode minimised(Set<String> fields, String eventType, ObjectNode record) {
        return step.decide(request(grant(LegalBasis.PUBLIC_TASK, fields), eventType, record, Map.of())).recordOrNull();
    }

    @Test
    void desilsAndDecisionsLeaveWithTheEnvelopeOnly() throws Exception {
        Set<String> fields = Set.of(ResultFields.DESILS, ResultFields.DECISIONS);
        assertThat(minimised(fields, WELFARE_RANK, welfareRank(REGION))).isEqualTo(JSON.readTree("""
                {"eventId":"ev-1","eventType":"WelfareRankChanged","agreementId":"pks-r","householdId":"hh-1",
                 "revision":3,"occurredAt":"2026-11-24T02:00:00Z","householdVersion":2,"cause":"HOUSEHOLD_CHANGED",
                 "modelVersion":"pmt-2026.1","desils":{"national":2,"province":3,"regency":2},"previousDesils":null}"""));
        assertThat(minimised(fields, ELIGIBILITY, eligibility(REGION))).isEqualTo(JSON.readTree("""
                {"eventId":"ev-2","eventType":"EligibilityChanged","agreementId":"pks-r","householdId":"hh-1",
                 "revision":4,"occurredAt":"2026-11-24T02:00:01Z","householdVersion":2,"cause":"HOUSEHOLD_CHANGED",
                 "rulesVersion":"rules-7","modelVersion":"pmt-2026.1",
                 "desils":{"national":2,"province":3,"regency":2},
                 "decisions":[{"programme":"PKH","eligible":true,"objectionId":null},
                              {"programme":"ATENSI","eligible":true,"objectionId":"obj-9"}],
                 "changedProgrammes":["PKH"]}"""));
    }

    @Test
    void everythingGrantedStillKeepsTheSubjectsTheRegionAndUnknownFieldsIn() {
        ObjectNode out = minimised(Set.of(ResultFields.WELFARE, ResultFields.ELIGIBILITY), WELFARE_RANK,
                welfareRank(REGION));
        assertThat(out.has("subjects")).isFalse();
        assertThat(out.has("regionCode")).isFalse();
        assertThat(out.has("nextYearGuess")).isFalse();
        assertThat(out.path("desils").has("village")).isFalse();
        assertThat(out.path("explanation")).hasSize(2);
        assertThat(out.has("score")).isTrue();
        ObjectNode eligibility = minimised(Set.of(ResultFields.ELIGIBILITY), ELIGIBILITY, eligibility(REGION));
        assertThat(eligibility.path("decisions").get(1).has("reviewer")).isFalse();
        assertThat(eligibility.path("decisions").get(1).path("reasons")).hasSize(1);
        assertThat(eligibility.has("subjects")).isFalse();
    }

    @Test
    void theRegionLeavesWithTheHouseholdRegionGrantOnly() {
        assertThat(minimised(Set.of("/location/regionCode", ResultFields.SCORE), WELFARE_RANK, welfareRank(REGION))
                .path("regionCode").asText()).isEqualTo(REGION);
        assertThat(minimised(Set.of("/location", ResultFields.SCORE), WELFARE_RANK, welfareRank(REGION))
                .path("regionCode").asText()).isEqualTo(REGION);
        ObjectNode householdGrants = minimised(Set.of("/members/*/name", "/kkNumber", "/housing"), WELFARE_RANK,
                welfareRank(REGION));
        assertThat(householdGrants.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrderElementsOf(ResultFields.ENVELOPE.stream().map(p -> p.substring(1)).toList());
    }

    @Test
    void theRemovedFieldsAreNamed() {
        Decision decision = step.decide(request(grant(LegalBasis.PUBLIC_TASK, Set.of(ResultFields.DESILS)),
                WELFARE_RANK, welfareRank(REGION), Map.of()));
        assertThat(decision).isInstanceOfSatisfying(Decision.Redact.class, r -> assertThat(r.removed())
                .contains("/subjects", "/regionCode", "/score", "/explanation", "/nextYearGuess", "/desils/village"));
    }
}
