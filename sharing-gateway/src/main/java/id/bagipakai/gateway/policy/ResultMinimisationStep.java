package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.policy.ResultFields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps only the result's envelope and what the agreement's result grants release
 * ({@link ResultFields#released}: the region code only with the household's region grant), as the
 * result schemas know them; removes everything else: the subjects (no grant reaches them),
 * household grants, and fields that did not exist when the agreement was written.
 */
public final class ResultMinimisationStep implements PolicyStep {

    @Override
    public Decision decide(DisclosureRequest request) {
        Set<String> allowed = new HashSet<>();
        ResultFields.ENVELOPE.forEach(p -> allowed.addAll(ResultLeaves.of(p)));
        ResultFields.released(request.grant().terms().fields()).forEach(p -> allowed.addAll(ResultLeaves.of(p)));
        allowed.removeIf(p -> p.equals(ResultFields.SUBJECTS) || p.startsWith(ResultFields.SUBJECTS + "/"));
        ObjectNode kept = request.record().deepCopy();
        List<String> removed = new ArrayList<>();
        JsonTrees.keepOnly(kept, allowed, removed);
        return removed.isEmpty() ? new Decision.Release(kept) : new Decision.Redact(kept, List.copyOf(removed));
    }
}
