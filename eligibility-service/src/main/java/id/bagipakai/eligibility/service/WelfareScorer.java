package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Contribution;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.WelfareScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a household with a {@link PmtModel}: the predicted ln(per-capita consumption) is the
 * intercept plus one contribution per model variable. The explanation lists exactly the terms
 * that were added (in catalogue order, then sorted for display), so they always sum to the score.
 * Thread-safe: the model is immutable.
 */
public final class WelfareScorer {

    /** Largest absolute effect first; ties by name so that explanations are stable. */
    static final Comparator<Contribution> BY_EFFECT = Comparator
            .comparingDouble((Contribution c) -> -Math.abs(c.contribution()))
            .thenComparing(Contribution::variable);

    private final PmtModel model;

    public WelfareScorer(PmtModel model) {
        this.model = model;
    }

    public PmtModel model() {
        return model;
    }

    public WelfareScore score(HouseholdProfile profile) {
        PmtModel.Coefficients c = model.coefficients(profile.province(), profile.urban());
        List<Contribution> terms = new ArrayList<>();
        double sum = predict(profile, c, terms);
        terms.sort(BY_EFFECT);
        return new WelfareScore(sum, model.version(), c.label, terms);
    }

    /** The score alone, without building the explanation (the same sum, in the same order). */
    public double value(HouseholdProfile profile) {
        return predict(profile, model.coefficients(profile.province(), profile.urban()), null);
    }

    private static double predict(HouseholdProfile p, PmtModel.Coefficients c, List<Contribution> terms) {
        double sum = c.intercept;
        if (terms != null) {
            terms.add(new Contribution("intercept", c.label, 1, c.intercept, c.intercept));
        }
        for (PmtVariable v : PmtVariable.all()) {
            if (!c.used[v.index()]) {
                continue;
            }
            String value;
            double input;
            double coefficient;
            switch (v.kind()) {
                case NUMBER -> {
                    double raw = v.number(p);
                    double x = v.transform().apply(raw);
                    coefficient = c.slopes[v.index()];
                    boolean missing = Double.isNaN(x);
                    input = missing ? 0 : x;
                    value = Double.isNaN(raw) ? Contribution.MISSING
                            : missing ? format(raw) + " (out of range: missing)" : format(raw);
                }
                case YES_NO -> {
                    Boolean yes = v.yesNo(p);
                    coefficient = c.slopes[v.index()];
                    input = Boolean.TRUE.equals(yes) ? 1 : 0;
                    value = yes == null ? Contribution.MISSING : yes ? "yes" : "no";
                }
                case CATEGORY -> {
                    String code = v.category(p);
                    int level = code == null ? -1 : v.levelIndex(code);
                    coefficient = level < 0 ? 0 : c.levels[v.index()][level];
                    input = level < 0 ? 0 : 1;
                    value = code == null ? Contribution.MISSING : level < 0 ? code + " (unknown code)" : code;
                }
                default -> throw new IllegalStateException(v.kind().name());
            }
            double contribution = coefficient * input + 0.0; // + 0.0: no "-0.0" in explanations
            sum += contribution;
            if (terms != null) {
                terms.add(new Contribution(v.name(), value, input, coefficient, contribution));
            }
        }
        return sum;
    }

    private static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(Math.round(x * 1000) / 1000.0); // three decimals, without String.format's cost
    }
}
