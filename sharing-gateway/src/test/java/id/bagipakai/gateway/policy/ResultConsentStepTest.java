package id.bagipakai.gateway.policy;

import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.ResultFields;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.bagipakai.gateway.policy.ResultCases.ELIGIBILITY;
import static id.bagipakai.gateway.policy.ResultCases.REGION;
import static id.bagipakai.gateway.policy.ResultCases.WELFARE_RANK;
import static id.bagipakai.gateway.policy.ResultCases.eligibility;
import static id.bagipakai.gateway.policy.ResultCases.facts;
import static id.bagipakai.gateway.policy.ResultCases.grant;
import static id.bagipakai.gateway.policy.ResultCases.granted;
import static id.bagipakai.gateway.policy.ResultCases.request;
import static id.bagipakai.gateway.policy.ResultCases.welfareRank;
import static org.assertj.core.api.Assertions.assertThat;

class ResultConsentStepTest {

    private static final Set<String> ALL = Set.of(ResultFields.WELFARE, ResultFields.ELIGIBILITY);
    private final ResultConsentStep step = new ResultConsentStep();

    @Test
    void everySubjectGrantedLeavesTheRecordAsItIs() {
        var request = request(grant(LegalBasis.PUBLIC_TASK, ALL), ELIGIBILITY, eligibility(REGION),
                granted("mb-1", "mb-2"));
        Decision decision = step.decide(request);
        assertThat(decision).isInstanceOf(Decision.Release.class);
        assertThat(decision.recordOrNull()).isEqualTo(eligibility(REGION));
        assertThat(ResultConsentStep.releasedSubjects(request)).containsExactly("mb-1", "mb-2");
    }

    @Test
    void oneSubjectWithoutAGrantRedactsTheReasonsOfEveryDecision() {
        Decision decision = step.decide(request(grant(LegalBasis.PUBLIC_TASK, ALL), ELIGIBILITY, eligibility(REGION),
                granted("mb-1")));
        assertThat(decision).isInstanceOfSatisfying(Decision.Redact.class, r -> {
            assertThat(r.removed()).containsExactlyInAnyOrder("/decisions/0/reasons", "/decisions/1/reasons");
            assertThat(r.record().path("decisions")).allSatisfy(d -> {
                assertThat(d.has("reasons")).isFalse();
                assertThat(d.has("eligible")).isTrue();
            });
        });
    }

    @Test
    void oneSubjectWithoutAGrantRedactsTheExplanation() {
        Decision decision = step.decide(request(grant(LegalBasis.PUBLIC_TASK, ALL), WELFARE_RANK, welfareRank(REGION),
                granted("mb-2")));
        assertThat(decision).isInstanceOfSatisfying(Decision.Redact.class, r -> {
            assertThat(r.removed()).containsExactly("/explanation");
            assertThat(r.record().has("score")).isTrue();
        });
    }

    @Test
    void aHouseholdTheAgreementDoesNotCoverIsDenied() {
        var grant = grant(LegalBasis.PUBLIC_TASK, ALL);
        assertThat(step.decide(request(grant, Set.of(), WELFARE_RANK, welfareRank("31.71.01.1001"),
                facts("31.71.01.1001", ResultCases.SUBJECTS), Map.of()))).isInstanceOf(Decision.Deny.class);
        assertThat(step.decide(request(grant, Set.of(), WELFARE_RANK, welfareRank(null), facts(null, ResultCases.SUBJECTS),
                Map.of()))).isInstanceOf(Decision.Deny.class);
        var noSubjects = request(grant, Set.of(), WELFARE_RANK, welfareRank(REGION), facts(REGION, List.of()), Map.of());
        assertThat(step.decide(noSubjects)).isInstanceOf(Decision.Deny.class);
        assertThat(ResultConsentStep.releasedSubjects(noSubjects)).isEmpty();
        var welfareOnly = grant(LegalBasis.PUBLIC_TASK, ALL, Set.of(WELFARE_RANK), id.bagipakai.policy.AccessMode.IDENTIFIED);
        assertThat(step.decide(request(welfareOnly, ELIGIBILITY, eligibility(REGION), Map.of())))
                .isInstanceOfSatisfying(Decision.Deny.class, d -> assertThat(d.reason()).contains("EVENT_TYPE_NOT_COVERED"));
    }

    @Test
    void underExplicitConsentOnlyTheGrantingSubjectsAreReleased() {
        var request = request(grant(LegalBasis.EXPLICIT_CONSENT, Set.of(ResultFields.DESILS)), WELFARE_RANK,
                welfareRank(REGION), granted("mb-2"));
        assertThat(step.decide(request)).isInstanceOf(Decision.Release.class);
        assertThat(ResultConsentStep.releasedSubjects(request)).containsExactly("mb-2");
        assertThat(step.decide(request(grant(LegalBasis.EXPLICIT_CONSENT, Set.of(ResultFields.DESILS)), WELFARE_RANK,
                welfareRank(REGION), Map.of()))).isInstanceOf(Decision.Deny.class);
    }
}
