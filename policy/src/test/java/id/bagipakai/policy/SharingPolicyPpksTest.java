package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static id.bagipakai.policy.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** PPKS scope and specific PPKS categories, under a basis that needs no consent (public task). */
class SharingPolicyPpksTest {

    private static final Set<String> FIELDS = Set.of("/members/*/name", "/members/*/ppks");

    /**
     * {@code consent}: NONE, GRANTED (adult), CHILD_ALONE (a child's grant without guardian).
     * {@code expected}: RELEASE with the shown categories, or a deny reason.
     */
    @ParameterizedTest(name = "scope [{0}] member [{1}] {2} -> {3} [{4}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -                               | -                               | NONE        | RELEASE                       | -
            -                               | HOMELESS                        | NONE        | RELEASE                       | HOMELESS
            -                               | PERSON_LIVING_WITH_HIV          | NONE        | RELEASE                       | -
            -                               | PERSON_LIVING_WITH_HIV          | GRANTED     | RELEASE                       | PERSON_LIVING_WITH_HIV
            -                               | HOMELESS PERSON_LIVING_WITH_HIV | NONE        | RELEASE                       | HOMELESS
            HOMELESS                        | -                               | NONE        | PPKS_OUT_OF_SCOPE             | -
            HOMELESS                        | BEGGAR                          | GRANTED     | PPKS_OUT_OF_SCOPE             | -
            HOMELESS                        | HOMELESS BEGGAR                 | NONE        | RELEASE                       | HOMELESS
            HOMELESS                        | HOMELESS PERSON_LIVING_WITH_HIV | NONE        | RELEASE                       | HOMELESS
            HOMELESS                        | HOMELESS PERSON_LIVING_WITH_HIV | GRANTED     | RELEASE                       | HOMELESS
            PERSON_LIVING_WITH_HIV          | PERSON_LIVING_WITH_HIV          | NONE        | SPECIFIC_PPKS_WITHOUT_CONSENT | -
            PERSON_LIVING_WITH_HIV          | PERSON_LIVING_WITH_HIV          | CHILD_ALONE | SPECIFIC_PPKS_WITHOUT_CONSENT | -
            PERSON_LIVING_WITH_HIV          | PERSON_LIVING_WITH_HIV          | GRANTED     | RELEASE                       | PERSON_LIVING_WITH_HIV
            PERSON_LIVING_WITH_HIV          | PERSON_LIVING_WITH_HIV HOMELESS | NONE        | SPECIFIC_PPKS_WITHOUT_CONSENT | -
            PERSON_LIVING_WITH_HIV          | HOMELESS                        | GRANTED     | PPKS_OUT_OF_SCOPE             | -
            PERSON_LIVING_WITH_HIV HOMELESS | PERSON_LIVING_WITH_HIV HOMELESS | NONE        | RELEASE                       | HOMELESS
            PERSON_LIVING_WITH_HIV HOMELESS | PERSON_LIVING_WITH_HIV HOMELESS | GRANTED     | RELEASE                       | PERSON_LIVING_WITH_HIV HOMELESS
            PERSON_LIVING_WITH_HIV HOMELESS | PERSON_LIVING_WITH_HIV          | NONE        | SPECIFIC_PPKS_WITHOUT_CONSENT | -
            PERSON_LIVING_WITH_HIV HOMELESS | PERSON_LIVING_WITH_HIV          | GRANTED     | RELEASE                       | PERSON_LIVING_WITH_HIV
            """)
    void scopesAndFiltersCategories(String scope, String categories, String consent, String expected, String shown) {
        boolean child = consent.equals("CHILD_ALONE");
        MemberFacts member = child ? Fixtures.child("m", ppks(categories)) : Fixtures.adult("m", ppks(categories));
        ConsentLedger ledger = consent.equals("NONE") ? ConsentLedger.empty("m")
                : Fixtures.ledger("m", Fixtures.consent("m", Fixtures.purposeScope(), ConsentState.GRANTED, 3));
        AgreementTerms terms = Fixtures.terms(AgreementStatus.ACTIVE, LegalBasis.PUBLIC_TASK, FIELDS, Set.of(ppks(scope)));

        MemberDecision decision = SharingPolicy.decide(terms, member, ledger, NOW);

        if (expected.equals("RELEASE")) {
            assertThat(decision).isInstanceOfSatisfying(MemberDecision.Release.class, r -> {
                assertThat(r.ppks()).isEqualTo(Set.of(ppks(shown)));
                assertThat(r.fields()).isEqualTo(FIELDS);
            });
        } else {
            assertThat(decision).isInstanceOfSatisfying(MemberDecision.Deny.class,
                    d -> assertThat(d.reason()).isEqualTo(DenyReason.valueOf(expected)));
        }
    }

    @ParameterizedTest
    @EnumSource(Ppks.class)
    void aMemberSharedOnlyForACategoryIsDeniedWithoutConsentExactlyWhenItIsSpecific(Ppks category) {
        AgreementTerms terms = Fixtures.terms(AgreementStatus.ACTIVE, LegalBasis.PUBLIC_TASK, FIELDS, Set.of(category));
        MemberDecision decision = SharingPolicy.decide(terms, Fixtures.adult("m", category), ConsentLedger.empty("m"), NOW);
        if (category.specific()) {
            assertThat(decision).isInstanceOfSatisfying(MemberDecision.Deny.class,
                    d -> assertThat(d.reason()).isEqualTo(DenyReason.SPECIFIC_PPKS_WITHOUT_CONSENT));
        } else {
            assertThat(decision).isInstanceOfSatisfying(MemberDecision.Release.class,
                    r -> assertThat(r.ppks()).containsExactly(category));
        }
    }

    @ParameterizedTest
    @EnumSource(Ppks.class)
    void aCategoryIsShownWithoutConsentExactlyWhenItIsNotSpecific(Ppks category) {
        AgreementTerms terms = Fixtures.terms(LegalBasis.LEGAL_OBLIGATION, FIELDS);
        MemberDecision decision = SharingPolicy.decide(terms, Fixtures.adult("m", category), ConsentLedger.empty("m"), NOW);
        assertThat(decision).isInstanceOfSatisfying(MemberDecision.Release.class,
                r -> assertThat(r.ppks()).isEqualTo(category.specific() ? Set.of() : Set.of(category)));
    }

    @ParameterizedTest
    @EnumSource(Ppks.class)
    void noCategoryIsShownWhenThePpksFieldIsNotGranted(Ppks category) {
        AgreementTerms terms = Fixtures.terms(AgreementStatus.ACTIVE, LegalBasis.PUBLIC_TASK, Set.of("/members/*/name"),
                Set.of(category));
        ConsentLedger granted = Fixtures.ledger("m", Fixtures.consent("m", Fixtures.agreementScope(), ConsentState.GRANTED, 3));
        MemberDecision decision = SharingPolicy.decide(terms, Fixtures.adult("m", category), granted, NOW);
        assertThat(decision).isInstanceOfSatisfying(MemberDecision.Release.class, r -> {
            assertThat(r.ppks()).isEmpty();
            assertThat(r.fields()).containsExactly("/members/*/name");
        });
    }

    private static Ppks[] ppks(String names) {
        if (names == null) {
            return new Ppks[0];
        }
        Set<Ppks> set = Arrays.stream(names.trim().split("\\s+")).map(Ppks::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Ppks.class)));
        return set.toArray(new Ppks[0]);
    }
}
