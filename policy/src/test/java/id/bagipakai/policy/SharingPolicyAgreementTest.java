package id.bagipakai.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static id.bagipakai.policy.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data flows only under an ACTIVE agreement inside its window, whatever the basis and even with
 * the person's explicit consent: every status × window position × basis.
 */
class SharingPolicyAgreementTest {

    enum When {
        BEFORE(-1, false), AT_START(0, true), INSIDE(5, true), LAST_MOMENT(10, true), AT_END(11, false), AFTER(20, false);

        final int offset;
        final boolean inside;

        When(int offset, boolean inside) {
            this.offset = offset;
            this.inside = inside;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (AgreementStatus status : AgreementStatus.values()) {
            for (When when : When.values()) {
                for (LegalBasis basis : LegalBasis.values()) {
                    cases.add(Arguments.of(status, when, basis));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void flowsOnlyWhileActiveAndInsideTheWindow(AgreementStatus status, When when, LegalBasis basis) {
        // window [NOW, NOW + 11 days); LAST_MOMENT is one nanosecond before its end
        Instant from = NOW;
        Instant until = NOW.plus(Duration.ofDays(11));
        Instant at = when == When.LAST_MOMENT ? until.minusNanos(1) : NOW.plus(Duration.ofDays(when.offset));
        AgreementTerms terms = Fixtures.withWindow(Fixtures.terms(status, basis, Set.of("/location/regionCode",
                "/members/*/name"), Set.of()), from, until);
        ConsentRecord grant = new ConsentRecord("c", "m", Fixtures.agreementScope(), ConsentState.GRANTED,
                NOW.minus(Duration.ofDays(1)), false, false);
        ConsentLedger ledger = ConsentLedger.of("m", List.of(grant));
        HouseholdFacts household = new HouseholdFacts(Fixtures.REGION, List.of(Fixtures.adult("m")));

        MemberDecision member = SharingPolicy.decide(terms, Fixtures.adult("m"), ledger, at);
        HouseholdDecision whole = SharingPolicy.decideHousehold(terms, Fixtures.EVENT, household, Map.of("m", ledger), at);

        if (status == AgreementStatus.ACTIVE && when.inside) {
            assertThat(member).isInstanceOf(MemberDecision.Release.class);
            assertThat(whole).isInstanceOf(HouseholdDecision.Release.class);
        } else {
            DenyReason reason = status != AgreementStatus.ACTIVE ? DenyReason.AGREEMENT_NOT_ACTIVE : DenyReason.OUTSIDE_VALIDITY;
            assertThat(member).isInstanceOfSatisfying(MemberDecision.Deny.class, d -> assertThat(d.reason()).isEqualTo(reason));
            assertThat(whole).isInstanceOfSatisfying(HouseholdDecision.Deny.class, d -> {
                assertThat(d.reason()).isEqualTo(reason);
                assertThat(d.members()).isEmpty();
            });
        }
    }
}
