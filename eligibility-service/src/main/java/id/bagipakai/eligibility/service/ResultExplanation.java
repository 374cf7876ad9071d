package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Contribution;
import id.bagipakai.eligibility.domain.ProgrammeDecision;
import id.bagipakai.eligibility.domain.Reason;
import id.bagipakai.eligibility.domain.WelfareScore;

import java.util.List;
import java.util.Map;

/**
 * What a household's result rests on, as stored beside it and shown by the read API: every term
 * of the score and every programme decision with its reasons (the rule, the facts, met or not).
 */
public record ResultExplanation(Score score, List<Programme> programmes) {

    public record Score(double value, long perCapitaConsumption, String modelVersion, String stratum,
                        List<Contribution> terms) {
    }

    /** @param objectionId set when an upheld objection replaced the automated decision */
    public record Programme(String programme, boolean eligible, String rulesVersion, String objectionId,
                            List<Reason> reasons) {
    }

    static ResultExplanation of(WelfareScore score, List<ProgrammeDecision> decisions, Map<String, String> overrides) {
        return new ResultExplanation(
                new Score(score.value(), Math.round(score.perCapitaConsumption()), score.modelVersion(), score.stratum(),
                        score.contributions()),
                decisions.stream().map(d -> new Programme(d.programme(), d.eligible(), d.rulesVersion(),
                        overrides.get(d.programme()), d.reasons())).toList());
    }
}
