package id.bagipakai.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agreement may grant of eligibility-service's results, and what each grant releases of a
 * result record: the {@code WelfareRankChanged} or {@code EligibilityChanged} event as JSON. The
 * grantable pointers are a small tree of their own beside the household document's
 * ({@link HouseholdFields}), since a result is not a part of that document:
 * <pre>
 * /welfare                 = /welfare/score + /welfare/desils + /welfare/explanation
 * /welfare/score           → /score, /modelVersion, /stratum
 * /welfare/desils          → /desils, /previousDesils
 * /welfare/explanation     → /explanation                                    (specific)
 * /eligibility             = /eligibility/decisions + /eligibility/reasons
 * /eligibility/decisions   → /rulesVersion, /modelVersion, /changedProgrammes, and each
 *                            decision's programme, eligible, objectionId
 * /eligibility/reasons     → each decision's reasons                           (specific)
 * </pre>
 * The household field {@code /location/regionCode} (or {@code /location}) releases {@link #REGION_CODE};
 * no other household field releases anything of a result. The {@link #ENVELOPE} always leaves,
 * {@link #SUBJECTS} never does, and whatever else a record holds (a field a newer producer added) is removed.
 */
public final class ResultFields {

    public static final String WELFARE = "/welfare";
    public static final String SCORE = "/welfare/score";
    public static final String DESILS = "/welfare/desils";
    public static final String EXPLANATION = "/welfare/explanation";
    public static final String ELIGIBILITY = "/eligibility";
    public static final String DECISIONS = "/eligibility/decisions";
    public static final String REASONS = "/eligibility/reasons";

    /** What every released result carries: which result, of which household, when and why. */
    public static final List<String> ENVELOPE = List.of("/eventId", "/eventType", "/householdId", "/revision",
            "/occurredAt", "/householdVersion", "/cause", "/agreementId");
    /** The members a result is about: what the decision reads, never released whatever is granted. */
    public static final String SUBJECTS = "/subjects";
    /** The household's village code in a result record. */
    public static final String REGION_CODE = "/regionCode";
    /** The household field whose grant (or a grant above it) releases {@link #REGION_CODE}. */
    public static final String REGION_GRANT = "/location/regionCode";
    /**
     * Grants whose data is derived from every member's data, specific data included (disability,
     * pregnancy and PPKS categories weigh in the score and in the rules): they leave only when every
     * subject of the record explicitly consented.
     */
    public static final List<String> SPECIFIC = List.of(EXPLANATION, REASONS);

    private static final Map<String, List<String>> CHILDREN = new LinkedHashMap<>();
    private static final Map<String, List<String>> RELEASES = new LinkedHashMap<>();

    static {
        CHILDREN.put(WELFARE, List.of(SCORE, DESILS, EXPLANATION));
        CHILDREN.put(SCORE, List.of());
        CHILDREN.put(DESILS, List.of());
        CHILDREN.put(EXPLANATION, List.of());
        CHILDREN.put(ELIGIBILITY, List.of(DECISIONS, REASONS));
        CHILDREN.put(DECISIONS, List.of());
        CHILDREN.put(REASONS, List.of());
        RELEASES.put(SCORE, List.of("/score", "/modelVersion", "/stratum"));
        RELEASES.put(DESILS, List.of("/desils", "/previousDesils"));
        RELEASES.put(EXPLANATION, List.of("/explanation"));
        RELEASES.put(DECISIONS, List.of("/rulesVersion", "/modelVersion", "/changedProgrammes",
                "/decisions/*/programme", "/decisions/*/eligible", "/decisions/*/objectionId"));
        RELEASES.put(REASONS, List.of("/decisions/*/reasons"));
    }

    private ResultFields() {
    }

    /** What an agreement may name of the results, parents before children. */
    public static Set<String> grantable() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(CHILDREN.keySet()));
    }

    public static boolean contains(String pointer) {
        return CHILDREN.containsKey(pointer);
    }

    /** The grantable pointers one level below, empty for a leaf. */
    public static List<String> children(String pointer) {
        List<String> children = CHILDREN.get(pointer);
        if (children == null) {
            throw new IllegalArgumentException("not a field of the eligibility results: " + pointer);
        }
        return children;
    }

    /**
     * The record pointers the grants release besides the envelope, {@code *} for each element of
     * an array; pointers of neither catalogue's results (household fields) release nothing.
     */
    public static Set<String> released(Collection<String> grants) {
        Set<String> pointers = new LinkedHashSet<>();
        for (String grant : grants) {
            if (contains(grant)) {
                collect(grant, pointers);
            } else if (HouseholdFields.within(REGION_GRANT, grant)) {
                pointers.add(REGION_CODE);
            }
        }
        return Collections.unmodifiableSet(pointers);
    }

    /** The record pointers of {@link #SPECIFIC} data. */
    public static Set<String> specific() {
        return released(SPECIFIC);
    }

    private static void collect(String grant, Set<String> into) {
        into.addAll(RELEASES.getOrDefault(grant, List.of()));
        CHILDREN.get(grant).forEach(child -> collect(child, into));
    }
}
