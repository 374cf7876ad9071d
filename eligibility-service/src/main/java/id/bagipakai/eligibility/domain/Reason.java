package id.bagipakai.eligibility.domain;

/**
 * One condition of a programme rule and how this household met it or not.
 *
 * @param condition the rule's condition, e.g. "national desil ≤ 4"
 * @param met       whether the household met it
 * @param facts     the facts that decided, e.g. "desil 3 ≤ 4" or "member 2 is 4 years old (child 0–6)"
 */
public record Reason(String condition, boolean met, String facts) {

    public String text() {
        return condition + ": " + facts + (met ? " — met" : " — not met");
    }
}
