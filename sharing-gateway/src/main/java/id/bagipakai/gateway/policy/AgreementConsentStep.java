package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.policy.HouseholdDecision;
import id.bagipakai.policy.HouseholdFields;
import id.bagipakai.policy.MemberDecision;
import id.bagipakai.policy.SharingPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreement ∧ consent, through the shared {@link SharingPolicy}: event type, region, PPKS scope,
 * each member's consent and objection, specific data only with explicit consent. A denied
 * household stops here; otherwise each member the decision does not release is removed, and each
 * released member keeps only its own fields (specific data withheld without a grant) and only
 * the PPKS categories it may show.
 */
public final class AgreementConsentStep implements PolicyStep {

    private static final String STEP = "agreement-consent";
    private static final String MEMBER_PREFIX = HouseholdFields.MEMBER; // "/members/*"

    @Override
    public Decision decide(DisclosureRequest request) {
        HouseholdDecision decision = SharingPolicy.decideHousehold(request.grant().terms(), request.eventType(),
                request.household(), request.consents(), request.now());
        if (decision instanceof HouseholdDecision.Deny deny) {
            return new Decision.Deny(STEP, deny.reason() + ": " + deny.detail());
        }
        Map<String, MemberDecision.Release> released = new HashMap<>();
        ((HouseholdDecision.Release) decision).releasedMembers().forEach(m -> released.put(m.memberId(), m));
        ObjectNode record = request.record().deepCopy();
        List<String> removed = new ArrayList<>();
        if (record.get("household") instanceof ObjectNode household && household.get("members") instanceof ArrayNode members) {
            ArrayNode kept = household.arrayNode();
            for (int i = 0; i < members.size(); i++) {
                JsonNode member = members.get(i);
                MemberDecision.Release release = released.get(member.path("memberId").asText());
                if (release == null) {
                    removed.add("/household/members/" + i);
                    continue;
                }
                kept.add(minimise((ObjectNode) member, release, "/household/members/" + i, removed));
            }
            household.set("members", kept);
        }
        return removed.isEmpty() ? new Decision.Release(record) : new Decision.Redact(record, removed);
    }

    /**
     * The member reduced to its own released fields, as the catalogue knows them (a grant of the
     * whole member does not carry a field added since); its PPKS array replaced by what it may show.
     */
    private static ObjectNode minimise(ObjectNode member, MemberDecision.Release release, String path,
                                       List<String> removed) {
        Set<String> allowed = new HashSet<>();
        for (String pointer : release.fields()) {
            CatalogueLeaves.of(pointer).forEach(leaf -> allowed.add(leaf.substring(MEMBER_PREFIX.length())));
        }
        ObjectNode kept = member.deepCopy();
        List<String> pruned = new ArrayList<>();
        JsonTrees.keepOnly(kept, allowed, pruned);
        pruned.forEach(p -> removed.add(path + p));
        if (kept.has("ppks")) {
            ArrayNode shown = kept.putArray("ppks");
            release.ppks().stream().map(Enum::name).sorted().forEach(shown::add);
        }
        return kept;
    }
}
