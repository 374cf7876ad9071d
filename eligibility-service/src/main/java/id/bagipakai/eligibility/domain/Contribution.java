package id.bagipakai.eligibility.domain;

/**
 * One term of a welfare score: {@code contribution = coefficient * input}.
 *
 * @param variable     the model variable ("intercept" for the constant)
 * @param value        the household's answer as recorded ("EARTH", "5", "yes"), or "missing"
 * @param input        the number the coefficient multiplies: 1 for a category or a "yes", the
 *                     transformed value for a number (e.g. ln 5 for a household of five), 0 when
 *                     missing
 * @param coefficient  the coefficient applied (of the category, for a categorical variable)
 * @param contribution what the term adds to the predicted log per-capita consumption
 */
public record Contribution(String variable, String value, double input, double coefficient, double contribution) {

    public static final String MISSING = "missing";

    /** Whether the term raised the score (false: lowered it, or had no effect). */
    public boolean raises() {
        return contribution > 0;
    }
}
