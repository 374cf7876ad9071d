package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.policy.HouseholdFields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the event's envelope and the household-level fields the agreement names (JSON
 * pointers into the household document, under {@code /household} in the event; a whole object
 * as the catalogue knows it), and removes everything else, including fields that did not exist
 * when the agreement was written. Members
 * arrive already reduced by {@link AgreementConsentStep}; they stay when the agreement grants
 * any member field. Event-specific extras (who changed it, which paths changed, a departed
 * member's id) are not in the envelope, so they never leave.
 */
public final class FieldMinimisationStep implements PolicyStep {

    /** What every released record carries: which event, of which household, when. */
    public static final List<String> ENVELOPE = List.of("/eventId", "/eventType", "/householdId", "/version",
            "/occurredAt", "/agreementId");

    @Override
    public Decision decide(DisclosureRequest request) {
        Set<String> allowed = new HashSet<>(ENVELOPE);
        for (String pointer : request.grant().terms().fields()) {
            if (!HouseholdFields.contains(pointer)) {
                continue; // a grant of eligibility results releases nothing of a household event
            }
            // A whole object as the catalogue knows it; members were reduced one by one before and stay as reduced.
            for (String leaf : CatalogueLeaves.of(pointer)) {
                allowed.add("/household" + (HouseholdFields.within(leaf, HouseholdFields.MEMBERS)
                        ? HouseholdFields.MEMBERS : leaf));
            }
        }
        ObjectNode kept = request.record().deepCopy();
        List<String> removed = new ArrayList<>();
        JsonTrees.keepOnly(kept, allowed, removed);
        return removed.isEmpty() ? new Decision.Release(kept) : new Decision.Redact(kept, List.copyOf(removed));
    }
}
