package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.ProgrammeDecision;
import id.bagipakai.eligibility.domain.WelfareScore;

import java.util.List;

/** The model and rule set results are computed with: immutable, switched as a whole. */
public record Evaluation(WelfareScorer scorer, ProgrammeRules rules) {

    /**
     * @throws DefinitionException when either file is missing or malformed
     */
    public static Evaluation load(String modelVersion, String rulesVersion) {
        return new Evaluation(new WelfareScorer(PmtModel.load(modelVersion)), ProgrammeRules.load(rulesVersion));
    }

    public String modelVersion() {
        return scorer.model().version();
    }

    public String rulesVersion() {
        return rules.version();
    }

    public WelfareScore score(HouseholdProfile profile) {
        return scorer.score(profile);
    }

    public List<ProgrammeDecision> decide(HouseholdProfile profile, Desils desils) {
        return rules.decide(profile, desils);
    }
}
