package id.bagipakai.consent.service;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.consent.domain.ConsentChannel;
import id.bagipakai.consent.domain.ConsentDraft;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.MemberFacts;
import id.bagipakai.policy.Purpose;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks an answer before it is recorded, reporting every problem at once by JSON pointer. The
 * member's facts decide whether a guardian is needed: a grant about a child counts only with one
 * (a child's refusal or withdrawal always counts, so it needs none).
 */
public final class ConsentDraftValidator {

    /** Clocks of field tablets drift; an answer a little "in the future" is still today's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** A checked answer, vocabulary parsed. */
    public record Answer(ConsentDraft draft, Purpose purpose, ConsentState state, boolean objection, Instant givenAt,
                         ConsentChannel channel) {
    }

    private final Predicate<java.util.UUID> agreementExists;

    public ConsentDraftValidator(Predicate<java.util.UUID> agreementExists) {
        this.agreementExists = agreementExists;
    }

    public Answer validate(ConsentDraft d, MemberFacts member, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        Purpose purpose = null;
        if ((d.agreementId() == null) == (d.purpose() == null)) {
            errors.add(new FieldError("/agreementId", "give either agreementId (one agreement) or purpose (every"
                    + " agreement of that purpose), not both and not neither"));
        } else if (d.agreementId() != null && !agreementExists.test(d.agreementId())) {
            errors.add(new FieldError("/agreementId", "no agreement " + d.agreementId()));
        } else if (d.purpose() != null) {
            purpose = parse(Purpose.class, d.purpose(), "/purpose", errors);
        }
        ConsentState state = d.state() == null ? missing("/state", errors)
                : parse(ConsentState.class, d.state(), "/state", errors);
        boolean objection = Boolean.TRUE.equals(d.objection());
        if (objection && state == ConsentState.GRANTED) {
            errors.add(new FieldError("/objection", "an objection cannot come with a grant in the same scope"));
        }
        Instant givenAt = d.givenAt() == null ? now : d.givenAt();
        if (givenAt.isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("/givenAt", "is in the future: " + givenAt));
        }
        ConsentChannel channel = null;
        if (d.evidence() == null) {
            errors.add(new FieldError("/evidence", "evidence is required: the channel, and a witness or a document reference"));
        } else {
            channel = d.evidence().channel() == null ? missing("/evidence/channel", errors)
                    : parse(ConsentChannel.class, d.evidence().channel(), "/evidence/channel", errors);
            if (blank(d.evidence().witness()) && blank(d.evidence().documentReference())) {
                errors.add(new FieldError("/evidence/witness", "a witness or a document reference is required"));
            }
        }
        if (d.guardian() != null) {
            if (blank(d.guardian().name())) {
                errors.add(new FieldError("/guardian/name", "the guardian's name is required"));
            }
            if (blank(d.guardian().relationship())) {
                errors.add(new FieldError("/guardian/relationship", "the guardian's relationship to the member is required"));
            }
        } else if (state == ConsentState.GRANTED && !member.adultAt(givenAt)) {
            errors.add(new FieldError("/guardian", "the member was under " + MemberFacts.AGE_OF_MAJORITY
                    + " (or of unknown age) on " + givenAt + ": a grant needs a parent or guardian"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Answer(d, purpose, state, objection, givenAt, channel);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String pointer, List<FieldError> errors) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(pointer, "unknown value '" + value + "'; one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static <T> T missing(String pointer, List<FieldError> errors) {
        errors.add(new FieldError(pointer, "is required"));
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
