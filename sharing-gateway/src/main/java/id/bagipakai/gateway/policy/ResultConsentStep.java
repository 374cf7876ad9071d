package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.policy.ResultDecision;
import id.bagipakai.policy.SharingPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * Agreement ∧ consent for an eligibility result, through the shared {@link SharingPolicy#decideResult}:
 * the household rules over the result's region and subjects (event type, region, each subject's
 * consent and objection, at least one subject released). A denied result stops here; otherwise the
 * explanation and the reasons, derived from every member's data (specific data included), are
 * removed unless every subject explicitly consented.
 */
public final class ResultConsentStep implements PolicyStep {

    private static final String STEP = "result-consent";

    @Override
    public Decision decide(DisclosureRequest request) {
        ResultDecision decision = policy(request);
        if (decision instanceof ResultDecision.Deny deny) {
            return new Decision.Deny(STEP, deny.reason() + ": " + deny.detail());
        }
        ResultDecision.Release release = (ResultDecision.Release) decision;
        if (release.withheld().isEmpty()) {
            return new Decision.Release(request.record());
        }
        ObjectNode record = request.record().deepCopy();
        List<String> removed = new ArrayList<>();
        release.withheld().forEach(pointer -> JsonTrees.remove(record, pointer, removed));
        return removed.isEmpty() ? new Decision.Release(record) : new Decision.Redact(record, List.copyOf(removed));
    }

    /** Whose data the result is that left (the subjects the policy released), for the disclosure log. */
    public static List<String> releasedSubjects(DisclosureRequest request) {
        return policy(request) instanceof ResultDecision.Release r ? r.releasedSubjects() : List.of();
    }

    private static ResultDecision policy(DisclosureRequest request) {
        return SharingPolicy.decideResult(request.grant().terms(), request.eventType(), request.household(),
                request.consents(), request.now());
    }
}
