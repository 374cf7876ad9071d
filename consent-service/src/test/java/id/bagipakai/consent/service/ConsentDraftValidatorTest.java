package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.consent.domain.ConsentDraft;
import id.bagipakai.consent.domain.ConsentDraft.Evidence;
import id.bagipakai.consent.domain.ConsentDraft.Guardian;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.MemberFacts;
import id.bagipakai.policy.Purpose;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConsentDraftValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final UUID KNOWN = UUID.randomUUID();
    private static final ConsentDraftValidator VALIDATOR = new ConsentDraftValidator(KNOWN::equals);
    private static final MemberFacts ADULT = new MemberFacts("m", LocalDate.of(1980, 1, 1), null, Set.of());
    /** Turns 18 on 25 November 2026 (WIB): still a child "now". */
    private static final MemberFacts ALMOST_ADULT = new MemberFacts("c", LocalDate.of(2008, 11, 25), null, Set.of());
    private static final Evidence FORM = new Evidence("PAPER_FORM", null, "FORM-1");

    @Test
    void aPurposeWideGrantOfAnAdultPasses() {
        var answer = VALIDATOR.validate(new ConsentDraft(null, "RESEARCH", "GRANTED", null, null, FORM, null, null),
                ADULT, NOW);
        assertThat(answer.purpose()).isEqualTo(Purpose.RESEARCH);
        assertThat(answer.state()).isEqualTo(ConsentState.GRANTED);
        assertThat(answer.givenAt()).isEqualTo(NOW);
        assertThat(answer.objection()).isFalse();
    }

    @Test
    void aChildsGrantNeedsAGuardianUntilTheDayTheyComeOfAge() {
        var draft = new ConsentDraft(KNOWN, null, "GRANTED", null, null, FORM, null, null);
        assertThat(pointers(() -> VALIDATOR.validate(draft, ALMOST_ADULT, NOW))).containsExactly("/guardian");
        // Given on the birthday (in WIB), the grant is the adult's own.
        VALIDATOR.validate(new ConsentDraft(KNOWN, null, "GRANTED", null, Instant.parse("2026-11-24T17:00:00Z"),
                FORM, null, null), ALMOST_ADULT, Instant.parse("2026-11-24T17:01:00Z"));
        VALIDATOR.validate(new ConsentDraft(KNOWN, null, "GRANTED", null, null, FORM,
                new Guardian("Ibu Rina", "MOTHER", null), null), ALMOST_ADULT, NOW);
        VALIDATOR.validate(new ConsentDraft(KNOWN, null, "REFUSED", true, null, FORM, null, null), ALMOST_ADULT, NOW);
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        var draft = new ConsentDraft(UUID.randomUUID(), null, "SURE", true, NOW.plusSeconds(3600),
                new Evidence("FAX", " ", null), new Guardian("", null, null), null);
        assertThat(pointers(() -> VALIDATOR.validate(draft, ADULT, NOW))).containsExactlyInAnyOrder(
                "/agreementId", "/state", "/givenAt", "/evidence/channel", "/evidence/witness", "/guardian/name",
                "/guardian/relationship");
    }

    @Test
    void scopeIsOneAgreementOrOnePurposeAndAnObjectionIsNoGrant() {
        assertThat(pointers(() -> VALIDATOR.validate(new ConsentDraft(KNOWN, "RESEARCH", "REFUSED", null, null, FORM,
                null, null), ADULT, NOW))).containsExactly("/agreementId");
        assertThat(pointers(() -> VALIDATOR.validate(new ConsentDraft(null, null, "REFUSED", null, null, FORM,
                null, null), ADULT, NOW))).containsExactly("/agreementId");
        assertThat(pointers(() -> VALIDATOR.validate(new ConsentDraft(null, "STUDY", "REFUSED", null, null, FORM,
                null, null), ADULT, NOW))).containsExactly("/purpose");
        assertThat(pointers(() -> VALIDATOR.validate(new ConsentDraft(KNOWN, null, "GRANTED", true, null, FORM,
                null, null), ADULT, NOW))).containsExactly("/objection");
        assertThat(pointers(() -> VALIDATOR.validate(new ConsentDraft(KNOWN, null, "GRANTED", null, null, null,
                null, null), ADULT, NOW))).containsExactly("/evidence");
    }

    private static java.util.List<String> pointers(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).isNotNull();
        return e.errors().stream().map(FieldError::pointer).toList();
    }
}
