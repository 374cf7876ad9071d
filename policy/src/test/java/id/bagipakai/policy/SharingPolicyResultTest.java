package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.eligibility.Subject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.bagipakai.policy.ConsentState.GRANTED;
import static id.bagipakai.policy.ConsentState.REFUSED;
import static id.bagipakai.policy.Fixtures.NOW;
import static id.bagipakai.policy.Fixtures.REGION;
import static id.bagipakai.policy.Fixtures.adult;
import static id.bagipakai.policy.Fixtures.agreementScope;
import static id.bagipakai.policy.Fixtures.consent;
import static id.bagipakai.policy.Fixtures.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Eligibility results: the household rules over the result fields, specific data only with every subject's grant. */
class SharingPolicyResultTest {

    private static final String WELFARE_RANK = "WelfareRankChanged";
    private static final Set<String> ALL = Set.of(ResultFields.WELFARE, ResultFields.ELIGIBILITY);
    private static final HouseholdFacts TWO = new HouseholdFacts(REGION, List.of(adult("a"), adult("b", Ppks.HOMELESS)));

    private static AgreementTerms terms(LegalBasis basis, Set<String> fields) {
        AgreementTerms t = Fixtures.terms(basis, fields);
        return new AgreementTerms(t.agreementId(), t.agencyId(), t.status(), t.purpose(), t.legalBasis(),
                Set.of(WELFARE_RANK, "EligibilityChanged"), fields, t.regionPrefixes(), t.ppksCategories(),
                t.accessMode(), t.validFrom(), t.validUntil());
    }

    private static ResultDecision decide(AgreementTerms terms, HouseholdFacts subjects, Map<String, ConsentLedger> ledgers) {
        return SharingPolicy.decideResult(terms, WELFARE_RANK, subjects, ledgers, NOW);
    }

    private static Map<String, ConsentLedger> granted(String... members) {
        Map<String, ConsentLedger> ledgers = new java.util.HashMap<>();
        for (String m : members) {
            ledgers.put(m, ledger(m, consent(m, agreementScope(), GRANTED, 2)));
        }
        return ledgers;
    }

    private static void assertDenied(ResultDecision decision, DenyReason reason) {
        assertThat(decision).isInstanceOfSatisfying(ResultDecision.Deny.class, d -> assertThat(d.reason()).isEqualTo(reason));
    }

    @Test
    void everySubjectGrantedReleasesWhatIsGrantedSpecificDataIncluded() {
        ResultDecision decision = decide(terms(LegalBasis.PUBLIC_TASK, ALL), TWO, granted("a", "b"));
        assertThat(decision).isInstanceOfSatisfying(ResultDecision.Release.class, r -> {
            assertThat(r.fields()).isEqualTo(ResultFields.released(ALL)).contains("/explanation", "/decisions/*/reasons");
            assertThat(r.withheld()).isEmpty();
            assertThat(r.releasedSubjects()).containsExactly("a", "b");
            assertThat(r.accessMode()).isEqualTo(AccessMode.PSEUDONYMOUS);
        });
    }

    @Test
    void oneSubjectWithoutAGrantWithholdsTheExplanationAndTheReasonsOnly() {
        ResultDecision decision = decide(terms(LegalBasis.PUBLIC_TASK, ALL), TWO, granted("a"));
        assertThat(decision).isInstanceOfSatisfying(ResultDecision.Release.class, r -> {
            assertThat(r.withheld()).containsExactlyInAnyOrder("/explanation", "/decisions/*/reasons");
            assertThat(r.fields()).contains("/score", "/desils", "/decisions/*/eligible")
                    .doesNotContain("/explanation", "/decisions/*/reasons");
            // public task: b is shared without consent, only the specific parts wait for it
            assertThat(r.releasedSubjects()).containsExactly("a", "b");
        });
    }

    @Test
    void aRefusalInScopeWithholdsSpecificDataAndTheRefusingSubject() {
        Map<String, ConsentLedger> ledgers = granted("a");
        ledgers.put("b", ledger("b", consent("b", agreementScope(), REFUSED, 1)));
        ResultDecision decision = decide(terms(LegalBasis.PUBLIC_TASK, ALL), TWO, ledgers);
        assertThat(decision).isInstanceOfSatisfying(ResultDecision.Release.class, r -> {
            assertThat(r.withheld()).isNotEmpty();
            assertThat(r.releasedSubjects()).containsExactly("a");
        });
    }

    @Test
    void withoutSpecificGrantsNothingIsWithheld() {
        Set<String> fields = Set.of(ResultFields.DESILS, ResultFields.DECISIONS);
        ResultDecision decision = decide(terms(LegalBasis.PUBLIC_TASK, fields), TWO, Map.of());
        assertThat(decision).isInstanceOfSatisfying(ResultDecision.Release.class, r -> {
            assertThat(r.withheld()).isEmpty();
            assertThat(r.fields()).isEqualTo(ResultFields.released(fields)).doesNotContain("/score", "/regionCode");
        });
    }

    @Test
    void theHouseholdRulesApply() {
        AgreementTerms terms = terms(LegalBasis.PUBLIC_TASK, ALL);
        assertDenied(SharingPolicy.decideResult(terms, "HouseholdRegistered", TWO, Map.of(), NOW),
                DenyReason.EVENT_TYPE_NOT_COVERED);
        assertDenied(decide(terms, new HouseholdFacts("31.71.01.1001", TWO.members()), Map.of()),
                DenyReason.REGION_OUT_OF_SCOPE);
        assertDenied(decide(terms, new HouseholdFacts(null, TWO.members()), Map.of()), DenyReason.REGION_OUT_OF_SCOPE);
        assertDenied(decide(terms, new HouseholdFacts(REGION, List.of()), Map.of()), DenyReason.NO_MEMBER_RELEASED);
        assertDenied(decide(terms(LegalBasis.EXPLICIT_CONSENT, ALL), TWO, Map.of()), DenyReason.NO_MEMBER_RELEASED);
        assertDenied(decide(Fixtures.withWindow(terms, NOW.minusSeconds(10), NOW), TWO, Map.of()),
                DenyReason.OUTSIDE_VALIDITY);
    }

    @Test
    void householdGrantsReleaseNothingOfAResultButTheRegion() {
        assertDenied(decide(terms(LegalBasis.PUBLIC_TASK, Set.of("/members/*/name", "/housing")), TWO, Map.of()),
                DenyReason.NO_FIELDS_GRANTED);
        ResultDecision region = decide(terms(LegalBasis.PUBLIC_TASK, Set.of("/location")), TWO, Map.of());
        assertThat(region).isInstanceOfSatisfying(ResultDecision.Release.class,
                r -> assertThat(r.fields()).containsExactly(ResultFields.REGION_CODE));
    }

    @Test
    void resultGrantsReleaseNothingOfAHousehold() {
        HouseholdDecision household = SharingPolicy.decideHousehold(terms(LegalBasis.PUBLIC_TASK, ALL),
                WELFARE_RANK, TWO, Map.of(), NOW);
        assertDenied(household);
        HouseholdDecision both = SharingPolicy.decideHousehold(Fixtures.terms(LegalBasis.PUBLIC_TASK,
                Set.of(ResultFields.WELFARE, "/location/regionCode", "/members/*/name")), Fixtures.EVENT, TWO, Map.of(), NOW);
        assertThat(both).isInstanceOfSatisfying(HouseholdDecision.Release.class, r -> {
            assertThat(r.fields()).containsExactly("/location/regionCode");
            assertThat(r.releasedPointers()).containsExactlyInAnyOrder("/location/regionCode", "/members/*/name");
        });
    }

    private static void assertDenied(HouseholdDecision decision) {
        assertThat(decision).isInstanceOfSatisfying(HouseholdDecision.Deny.class,
                d -> assertThat(d.reason()).isEqualTo(DenyReason.NO_FIELDS_GRANTED));
    }

    @Test
    void subjectsAreReadAsMembers() {
        Subject child = Subject.newBuilder().setMemberId("c").setBirthDate(LocalDate.of(2015, 1, 1))
                .setPpks(List.of("HOMELESS")).build();
        Subject adult = Subject.newBuilder().setMemberId("a").setEstimatedBirthYear(1970).build();
        HouseholdFacts facts = HouseholdFacts.ofResult(REGION, List.of(child, adult));
        assertThat(facts.members()).extracting(MemberFacts::memberId).containsExactly("c", "a");
        assertThat(facts.members().get(0).ppks()).containsExactly(Ppks.HOMELESS);
        assertThat(facts.members().get(0).adultAt(NOW)).isFalse();
        assertThat(facts.members().get(1).adultAt(NOW)).isTrue();
        Subject unknown = Subject.newBuilder().setMemberId("x").setPpks(List.of("NOT_A_CATEGORY")).build();
        assertThatThrownBy(() -> HouseholdFacts.ofResult(REGION, List.of(unknown)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HouseholdFacts.ofResult(REGION, List.of(adult, adult)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
