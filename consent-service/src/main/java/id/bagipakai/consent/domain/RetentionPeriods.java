package id.bagipakai.consent.domain;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A retention period as an ISO-8601 period ({@code P90D}, {@code P2Y6M}) or a number of days. */
public final class RetentionPeriods {

    /** The period in ISO-8601 form, or empty when {@code text} is neither form or not positive. */
    public static Optional<Period> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Period period = t.matches("\\d{1,6}") ? Period.ofDays(Integer.parseInt(t)) : Period.parse(t);
            return period.isNegative() || period.isZero() ? Optional.empty() : Optional.of(period);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private RetentionPeriods() {
    }
}
