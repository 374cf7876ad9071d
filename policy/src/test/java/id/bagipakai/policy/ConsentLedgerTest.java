package id.bagipakai.policy;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static id.bagipakai.policy.ConsentState.GRANTED;
import static id.bagipakai.policy.ConsentState.REFUSED;
import static id.bagipakai.policy.ConsentState.WITHDRAWN;
import static id.bagipakai.policy.Fixtures.NOW;
import static id.bagipakai.policy.Fixtures.adult;
import static id.bagipakai.policy.Fixtures.agreementScope;
import static id.bagipakai.policy.Fixtures.child;
import static id.bagipakai.policy.Fixtures.consent;
import static id.bagipakai.policy.Fixtures.ledger;
import static id.bagipakai.policy.Fixtures.purposeScope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentLedgerTest {

    private static final AgreementTerms TERMS = Fixtures.terms(LegalBasis.EXPLICIT_CONSENT, Set.of("/members/*/name"));
    private static final MemberFacts ADULT = adult("a");
    private static final MemberFacts CHILD = child("c");

    private static Optional<ConsentState> state(ConsentLedger ledger, MemberFacts member) {
        return ledger.effectiveFor(TERMS, member, NOW).state();
    }

    @Test
    void noRecordIsNoAnswer() {
        assertThat(ConsentLedger.empty("a").effectiveFor(TERMS, ADULT, NOW)).isEqualTo(EffectiveConsent.NONE);
    }

    @Test
    void theLatestRecordOfAScopeWins() {
        assertThat(state(ledger("a", consent("a", agreementScope(), GRANTED, 10), consent("a", agreementScope(), WITHDRAWN, 5)), ADULT))
                .contains(WITHDRAWN);
        assertThat(state(ledger("a", consent("a", agreementScope(), WITHDRAWN, 10), consent("a", agreementScope(), GRANTED, 5)), ADULT))
                .contains(GRANTED);
        assertThat(state(ledger("a", consent("a", purposeScope(), REFUSED, 10), consent("a", purposeScope(), GRANTED, 5)), ADULT))
                .contains(GRANTED);
    }

    @Test
    void onTheSameInstantTheMoreRestrictiveRecordWins() {
        assertThat(state(ledger("a", consent("a", agreementScope(), GRANTED, 5), consent("a", agreementScope(), REFUSED, 5)), ADULT))
                .contains(REFUSED);
        assertThat(state(ledger("a", consent("a", agreementScope(), WITHDRAWN, 5), consent("a", agreementScope(), REFUSED, 5)), ADULT))
                .contains(WITHDRAWN);
        assertThat(ledger("a", consent("a", purposeScope(), GRANTED, 5, true, false), consent("a", purposeScope(), GRANTED, 5))
                .effectiveFor(TERMS, ADULT, NOW).objection()).isTrue();
    }

    @Test
    void aRecordGivenAfterNowIsNotKnownYet() {
        ConsentRecord future = new ConsentRecord("f", "a", agreementScope(), WITHDRAWN, NOW.plusSeconds(1), false, false);
        assertThat(state(ConsentLedger.of("a", List.of(consent("a", agreementScope(), GRANTED, 5), future)), ADULT))
                .contains(GRANTED);
    }

    @Test
    void recordsForOtherAgreementsOrPurposesDoNotCount() {
        ConsentLedger l = ledger("a", consent("a", new ConsentScope.OfAgreement("pks-2"), GRANTED, 5),
                consent("a", new ConsentScope.OfPurpose(Purpose.RESEARCH), GRANTED, 5));
        assertThat(l.effectiveFor(TERMS, ADULT, NOW)).isEqualTo(EffectiveConsent.NONE);
    }

    @Test
    void theAgreementScopeTakesPrecedenceOverThePurpose() {
        assertThat(state(ledger("a", consent("a", agreementScope(), GRANTED, 10), consent("a", purposeScope(), REFUSED, 5)), ADULT))
                .contains(GRANTED);
        assertThat(state(ledger("a", consent("a", agreementScope(), REFUSED, 10), consent("a", purposeScope(), GRANTED, 5)), ADULT))
                .contains(REFUSED);
        assertThat(state(ledger("a", consent("a", agreementScope(), WITHDRAWN, 5), consent("a", purposeScope(), GRANTED, 10)), ADULT))
                .contains(WITHDRAWN);
    }

    @Test
    void aLaterPurposeWideWithdrawalWithdrawsTheAgreementGrantToo() {
        assertThat(state(ledger("a", consent("a", agreementScope(), GRANTED, 10), consent("a", purposeScope(), WITHDRAWN, 5)), ADULT))
                .contains(WITHDRAWN);
        assertThat(state(ledger("a", consent("a", purposeScope(), WITHDRAWN, 10), consent("a", agreementScope(), GRANTED, 5)), ADULT))
                .contains(GRANTED);
    }

    @Test
    void aPurposeWideWithdrawalStaysInForceAfterALaterPurposeRefusal() {
        assertThat(state(ledger("a", consent("a", agreementScope(), GRANTED, 10), consent("a", purposeScope(), WITHDRAWN, 7),
                consent("a", purposeScope(), REFUSED, 5)), ADULT)).contains(REFUSED);
        // a new purpose-wide grant after the withdrawal is the person's current answer
        assertThat(state(ledger("a", consent("a", agreementScope(), GRANTED, 10), consent("a", purposeScope(), WITHDRAWN, 7),
                consent("a", purposeScope(), GRANTED, 5)), ADULT)).contains(GRANTED);
    }

    @Test
    void aPurposeWideWithdrawalDoesNotLiftAnAgreementRefusal() {
        assertThat(state(ledger("a", consent("a", agreementScope(), REFUSED, 10), consent("a", purposeScope(), WITHDRAWN, 7),
                consent("a", purposeScope(), GRANTED, 5)), ADULT)).contains(REFUSED);
    }

    @Test
    void anObjectionInEitherScopeStandsUntilALaterRecordOfThatScopeDropsIt() {
        assertThat(ledger("a", consent("a", agreementScope(), GRANTED, 10), consent("a", purposeScope(), REFUSED, 5, true, false))
                .effectiveFor(TERMS, ADULT, NOW).objection()).isTrue();
        assertThat(ledger("a", consent("a", agreementScope(), GRANTED, 10, true, false), consent("a", purposeScope(), GRANTED, 5))
                .effectiveFor(TERMS, ADULT, NOW).objection()).isTrue();
        assertThat(ledger("a", consent("a", purposeScope(), REFUSED, 10, true, false), consent("a", purposeScope(), GRANTED, 5))
                .effectiveFor(TERMS, ADULT, NOW).objection()).isFalse();
    }

    @Test
    void aChildsGrantCountsOnlyWithAGuardian() {
        assertThat(state(ledger("c", consent("c", agreementScope(), GRANTED, 5, false, false)), CHILD)).isEmpty();
        assertThat(state(ledger("c", consent("c", agreementScope(), GRANTED, 5, false, true)), CHILD)).contains(GRANTED);
    }

    @Test
    void aChildsGrantWithoutGuardianLeavesAnEarlierRefusalInForce() {
        assertThat(state(ledger("c", consent("c", agreementScope(), REFUSED, 10), consent("c", agreementScope(), GRANTED, 5)), CHILD))
                .contains(REFUSED);
    }

    @Test
    void aChildsRefusalOrWithdrawalCountsWithoutGuardian() {
        assertThat(state(ledger("c", consent("c", agreementScope(), GRANTED, 10, false, true),
                consent("c", agreementScope(), WITHDRAWN, 5)), CHILD)).contains(WITHDRAWN);
        assertThat(state(ledger("c", consent("c", purposeScope(), REFUSED, 5)), CHILD)).contains(REFUSED);
    }

    @Test
    void ageIsTakenWhenTheConsentWasGiven() {
        // 18 on 2026-01-01 (WIB)
        MemberFacts comeOfAge = new MemberFacts("y", LocalDate.of(2008, 1, 1), null, Set.of());
        ConsentRecord asChildAlone = new ConsentRecord("k1", "y", agreementScope(), GRANTED,
                NOW.minus(Duration.ofDays(400)), false, false);
        ConsentRecord asChildWithGuardian = new ConsentRecord("k2", "y", agreementScope(), GRANTED,
                NOW.minus(Duration.ofDays(400)), false, true);
        ConsentRecord asAdultAlone = new ConsentRecord("k3", "y", agreementScope(), GRANTED,
                NOW.minus(Duration.ofDays(30)), false, false);
        assertThat(state(ConsentLedger.of("y", List.of(asChildAlone)), comeOfAge)).isEmpty();
        assertThat(state(ConsentLedger.of("y", List.of(asChildWithGuardian)), comeOfAge)).contains(GRANTED);
        assertThat(state(ConsentLedger.of("y", List.of(asAdultAlone)), comeOfAge)).contains(GRANTED);
    }

    @Test
    void refusesRecordsAboutSomeoneElse() {
        assertThatThrownBy(() -> ledger("a", consent("b", agreementScope(), GRANTED, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConsentLedger.empty("a").effectiveFor(TERMS, adult("b"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
