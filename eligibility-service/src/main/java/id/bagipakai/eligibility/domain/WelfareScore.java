package id.bagipakai.eligibility.domain;

import java.util.List;

/**
 * A household's predicted welfare with its explanation.
 *
 * @param value         predicted ln(monthly per-capita consumption, IDR); higher is better off
 * @param modelVersion  the PMT model that computed it
 * @param stratum       which coefficients applied, e.g. "33 rural" or "national urban"
 * @param contributions every term, largest absolute effect first; they add up to {@code value}
 */
public record WelfareScore(double value, String modelVersion, String stratum, List<Contribution> contributions) {

    public WelfareScore {
        contributions = List.copyOf(contributions);
    }

    /** The predicted monthly per-capita consumption in rupiah (the model's scale, for display). */
    public double perCapitaConsumption() {
        return Math.exp(value);
    }
}
