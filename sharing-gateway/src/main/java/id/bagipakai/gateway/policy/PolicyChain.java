package id.bagipakai.gateway.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the steps in order: a deny ends the chain, a redaction hands the reduced record to the
 * next step. The chain denies when it has no steps, so nothing leaves by omission.
 */
public final class PolicyChain {

    private final List<PolicyStep> steps;

    public PolicyChain(List<PolicyStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public Decision decide(DisclosureRequest request) {
        if (steps.isEmpty()) {
            return new Decision.Deny("chain", "no policy step configured");
        }
        DisclosureRequest current = request;
        List<String> removed = new ArrayList<>();
        for (PolicyStep step : steps) {
            Decision decision = step.decide(current);
            switch (decision) {
                case Decision.Deny deny -> {
                    return deny;
                }
                case Decision.Redact redact -> {
                    removed.addAll(redact.removed());
                    current = current.withRecord(redact.record());
                }
                case Decision.Release release -> current = current.withRecord(release.record());
            }
        }
        return removed.isEmpty() ? new Decision.Release(current.record())
                : new Decision.Redact(current.record(), List.copyOf(removed));
    }
}
