package id.bagipakai.eligibility.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What eligibility-service concludes about one household: its score, its desils and a decision per
 * programme, with the versions that produced them.
 *
 * <p>Change detection compares {@link #substance()}, not the whole record: the versions and the
 * reasons' wording are provenance. Replaying a household under the same versions gives equal
 * substance ("no change"); a new rule version that decides a household the same way is no change
 * for it either, so only households whose score, desil or eligibility really moved are published.
 * Percentiles are deliberately left out: they drift with almost every event.
 */
public record EligibilityOutcome(
        String householdId,
        double score,
        Desils desils,
        List<ProgrammeDecision> decisions,
        String modelVersion,
        String rulesVersion) {

    /** Scores are compared to this many decimals (of ln consumption): far below any meaningful change. */
    public static final int SCORE_DECIMALS = 6;

    public EligibilityOutcome {
        decisions = List.copyOf(decisions);
    }

    public static EligibilityOutcome of(String householdId, WelfareScore score, Desils desils,
                                        List<ProgrammeDecision> decisions, String rulesVersion) {
        return new EligibilityOutcome(householdId, score.value(), desils, decisions, score.modelVersion(),
                rulesVersion);
    }

    /** The part that matters to the people and agencies downstream. */
    public Substance substance() {
        Map<String, Boolean> eligibility = new TreeMap<>();
        for (ProgrammeDecision d : decisions) {
            eligibility.put(d.programme(), d.eligible());
        }
        return new Substance(scoreUnits(score), desils, Map.copyOf(eligibility));
    }

    /** A score in units of 10^-{@value #SCORE_DECIMALS}: equal units are the same score. */
    public static long scoreUnits(double score) {
        return Math.round(score * Math.pow(10, SCORE_DECIMALS));
    }

    /** Whether this outcome differs in substance from the one published before (null: none was). */
    public boolean changedFrom(EligibilityOutcome previous) {
        return previous == null || !substance().equals(previous.substance());
    }

    /** Programmes the household is eligible for. */
    public List<String> eligibleProgrammes() {
        return decisions.stream().filter(ProgrammeDecision::eligible).map(ProgrammeDecision::programme).toList();
    }

    /**
     * @param scoreUnits the score in units of 10^-{@value #SCORE_DECIMALS}
     */
    public record Substance(long scoreUnits, Desils desils, Map<String, Boolean> eligibility) {
    }
}
