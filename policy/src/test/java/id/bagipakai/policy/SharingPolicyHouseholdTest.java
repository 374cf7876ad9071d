package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.contracts.registry.HouseholdMember;
import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.bagipakai.policy.ConsentState.GRANTED;
import static id.bagipakai.policy.ConsentState.REFUSED;
import static id.bagipakai.policy.Fixtures.EVENT;
import static id.bagipakai.policy.Fixtures.NOW;
import static id.bagipakai.policy.Fixtures.REGION;
import static id.bagipakai.policy.Fixtures.adult;
import static id.bagipakai.policy.Fixtures.agreementScope;
import static id.bagipakai.policy.Fixtures.child;
import static id.bagipakai.policy.Fixtures.consent;
import static id.bagipakai.policy.Fixtures.ledger;
import static id.bagipakai.policy.Fixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;

class SharingPolicyHouseholdTest {

    private static final Set<String> FIELDS = Set.of("/location/regionCode", "/housing", "/members/*/name",
            "/members/*/disability");
    private static final AgreementTerms PUBLIC_TASK = terms(LegalBasis.PUBLIC_TASK, FIELDS);
    private static final HouseholdFacts TWO = new HouseholdFacts(REGION, List.of(adult("a"), child("b")));

    private static HouseholdDecision decide(AgreementTerms terms, HouseholdFacts household, Map<String, ConsentLedger> ledgers) {
        return SharingPolicy.decideHousehold(terms, EVENT, household, ledgers, NOW);
    }

    private static void assertDenied(HouseholdDecision decision, DenyReason reason) {
        assertThat(decision).isInstanceOfSatisfying(HouseholdDecision.Deny.class, d -> assertThat(d.reason()).isEqualTo(reason));
    }

    @Test
    void releasesHouseholdFieldsAndEachMemberAsDecided() {
        HouseholdDecision decision = decide(PUBLIC_TASK, TWO,
                Map.of("a", ledger("a", consent("a", agreementScope(), GRANTED, 3))));
        assertThat(decision).isInstanceOfSatisfying(HouseholdDecision.Release.class, r -> {
            assertThat(r.agreementId()).isEqualTo(Fixtures.AGREEMENT);
            assertThat(r.fields()).containsExactlyInAnyOrder("/location/regionCode", "/housing");
            assertThat(r.accessMode()).isEqualTo(AccessMode.PSEUDONYMOUS);
            assertThat(r.members()).extracting(MemberDecision::memberId).containsExactly("a", "b");
            // a consented (disability flows), b did not (withheld)
            assertThat(r.releasedMembers().get(0).fields()).containsExactlyInAnyOrder("/members/*/name", "/members/*/disability");
            assertThat(r.releasedMembers().get(1).fields()).containsExactly("/members/*/name");
            assertThat(r.releasedMembers().get(1).withheld()).containsExactly("/members/*/disability");
            assertThat(r.releasedPointers()).containsExactlyInAnyOrder("/location/regionCode", "/housing",
                    "/members/*/name", "/members/*/disability");
        });
    }

    @Test
    void aMemberWhoRefusedIsLeftOutWhileTheOthersFlow() {
        HouseholdDecision decision = decide(PUBLIC_TASK, TWO, Map.of("a", ledger("a", consent("a", agreementScope(), REFUSED, 3))));
        assertThat(decision).isInstanceOfSatisfying(HouseholdDecision.Release.class, r -> {
            assertThat(r.members().get(0)).isInstanceOfSatisfying(MemberDecision.Deny.class,
                    d -> assertThat(d.reason()).isEqualTo(DenyReason.CONSENT_REFUSED));
            assertThat(r.releasedMembers()).extracting(MemberDecision::memberId).containsExactly("b");
        });
    }

    @Test
    void whenNoMemberMayBeSharedNeitherMayTheHousehold() {
        HouseholdDecision decision = decide(terms(LegalBasis.EXPLICIT_CONSENT, FIELDS), TWO, Map.of());
        assertDenied(decision, DenyReason.NO_MEMBER_RELEASED);
        assertThat(decision.members()).hasSize(2).allSatisfy(m -> assertThat(m).isInstanceOfSatisfying(
                MemberDecision.Deny.class, d -> assertThat(d.reason()).isEqualTo(DenyReason.CONSENT_MISSING)));
    }

    @Test
    void aHouseholdWithoutMembersIsDenied() {
        assertDenied(decide(PUBLIC_TASK, new HouseholdFacts(REGION, List.of()), Map.of()), DenyReason.NO_MEMBER_RELEASED);
    }

    @Test
    void aPpksScopedAgreementGetsNothingOfAHouseholdWithoutSuchMembers() {
        AgreementTerms homeless = terms(AgreementStatus.ACTIVE, LegalBasis.PUBLIC_TASK, FIELDS, Set.of(Ppks.HOMELESS));
        assertDenied(decide(homeless, TWO, Map.of()), DenyReason.NO_MEMBER_RELEASED);

        HouseholdFacts oneHomeless = new HouseholdFacts(REGION, List.of(adult("a", Ppks.HOMELESS), child("b")));
        assertThat(decide(homeless, oneHomeless, Map.of())).isInstanceOfSatisfying(HouseholdDecision.Release.class,
                r -> assertThat(r.releasedMembers()).extracting(MemberDecision::memberId).containsExactly("a"));
    }

    @Test
    void aHouseholdKeptOnlyForASpecificCategoryNeedsThatMembersConsent() {
        AgreementTerms hiv = terms(AgreementStatus.ACTIVE, LegalBasis.PUBLIC_TASK, FIELDS, Set.of(Ppks.PERSON_LIVING_WITH_HIV));
        HouseholdFacts household = new HouseholdFacts(REGION, List.of(adult("a", Ppks.PERSON_LIVING_WITH_HIV), child("b")));
        assertDenied(decide(hiv, household, Map.of()), DenyReason.NO_MEMBER_RELEASED);
        assertThat(decide(hiv, household, Map.of("a", ledger("a", consent("a", agreementScope(), GRANTED, 3)))))
                .isInstanceOf(HouseholdDecision.Release.class);
    }

    @Test
    void aHouseholdOutsideTheRegionsIsDenied() {
        assertDenied(decide(PUBLIC_TASK, new HouseholdFacts("32.74.01.1001", TWO.members()), Map.of()),
                DenyReason.REGION_OUT_OF_SCOPE);
        assertDenied(decide(PUBLIC_TASK, new HouseholdFacts(null, TWO.members()), Map.of()), DenyReason.REGION_OUT_OF_SCOPE);
        assertDenied(decide(Fixtures.withRegions(PUBLIC_TASK, Set.of()), TWO, Map.of()), DenyReason.REGION_OUT_OF_SCOPE);
        assertThat(decide(Fixtures.withRegions(PUBLIC_TASK, Set.of("32")), TWO, Map.of()))
                .isInstanceOf(HouseholdDecision.Release.class);
    }

    @Test
    void anEventTypeTheAgreementDoesNotNameIsDenied() {
        assertDenied(SharingPolicy.decideHousehold(PUBLIC_TASK, "MemberLeft", TWO, Map.of(), NOW), DenyReason.EVENT_TYPE_NOT_COVERED);
    }

    @Test
    void anAgreementWithoutFieldsReleasesNothing() {
        assertDenied(decide(terms(LegalBasis.PUBLIC_TASK, Set.of()), TWO, Map.of()), DenyReason.NO_FIELDS_GRANTED);
    }

    @Test
    void aWholeDocumentGrantSplitsIntoHouseholdAndMemberFields() {
        HouseholdDecision decision = decide(terms(LegalBasis.PUBLIC_TASK, Set.of("")), TWO, Map.of());
        assertThat(decision).isInstanceOfSatisfying(HouseholdDecision.Release.class, r -> {
            assertThat(r.fields()).containsExactlyInAnyOrder("/kkNumber", "/location", "/housing", "/assets",
                    "/livestock", "/programmesReceived");
            assertThat(r.releasedMembers().get(0).fields())
                    .containsExactlyInAnyOrderElementsOf(SharingPolicyRuleTableTest.NON_SPECIFIC_MEMBER_FIELDS);
        });
        HouseholdDecision members = decide(terms(LegalBasis.PUBLIC_TASK, Set.of("/members")), TWO, Map.of());
        assertThat(members).isInstanceOfSatisfying(HouseholdDecision.Release.class, r -> {
            assertThat(r.fields()).isEmpty();
            assertThat(r.releasedMembers().get(0).fields())
                    .containsExactlyInAnyOrderElementsOf(SharingPolicyRuleTableTest.NON_SPECIFIC_MEMBER_FIELDS);
        });
    }

    @Test
    void readsTheHouseholdAsEventsCarryIt() {
        HouseholdState state = HouseholdState.newBuilder()
                .setLocation(Location.newBuilder().setRegionCode(REGION).build())
                .setMembers(List.of(HouseholdMember.newBuilder().setMemberId("a").setName("Asep").setRelationship("HEAD")
                        .setSex("MALE").setBirthDate(LocalDate.of(1975, 1, 2)).setPpks(List.of("HOMELESS")).build()))
                .build();
        assertThat(HouseholdFacts.of(state)).isEqualTo(new HouseholdFacts(REGION,
                List.of(new MemberFacts("a", LocalDate.of(1975, 1, 2), null, Set.of(Ppks.HOMELESS)))));
        assertThat(HouseholdFacts.of(HouseholdState.newBuilder().build()).regionCode()).isNull();
    }

    @ParameterizedTest
    @EnumSource(DenyReason.class)
    void onlyAgreementWideReasonsMayBeToldToTheAgency(DenyReason reason) {
        Set<DenyReason> aboutThePerson = Set.of(DenyReason.NO_MEMBER_RELEASED, DenyReason.CONSENT_MISSING,
                DenyReason.CONSENT_REFUSED, DenyReason.CONSENT_WITHDRAWN, DenyReason.OBJECTION,
                DenyReason.PPKS_OUT_OF_SCOPE, DenyReason.SPECIFIC_PPKS_WITHOUT_CONSENT);
        assertThat(reason.visibleToAgency()).isEqualTo(!aboutThePerson.contains(reason));
    }
}
