package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps only the fields a grant names (JSON pointers to leaves or whole objects) and removes
 * everything else, including fields that did not exist when the grant was written.
 */
public final class FieldMinimisationStep implements PolicyStep {

    private final Map<String, Set<String>> allowedByStream;

    public FieldMinimisationStep(Map<String, Set<String>> allowedByStream) {
        this.allowedByStream = Map.copyOf(allowedByStream);
    }

    @Override
    public Decision decide(DisclosureRequest request) {
        Set<String> allowed = allowedByStream.getOrDefault(request.stream(), Set.of());
        if (allowed.isEmpty()) {
            return new Decision.Deny("field-minimisation", "no field of stream " + request.stream() + " is granted");
        }
        ObjectNode kept = request.record().deepCopy();
        List<String> removed = new ArrayList<>();
        prune(kept, "", allowed, removed);
        return removed.isEmpty() ? new Decision.Release(kept) : new Decision.Redact(kept, List.copyOf(removed));
    }

    private static void prune(ObjectNode node, String path, Set<String> allowed, List<String> removed) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (allowed.contains(pointer)) {
                continue;
            }
            if (field.getValue() instanceof ObjectNode child && isAncestorOfAllowed(pointer, allowed)) {
                prune(child, pointer, allowed, removed);
            } else {
                removed.add(pointer);
                fields.remove();
            }
        }
    }

    private static boolean isAncestorOfAllowed(String pointer, Set<String> allowed) {
        String prefix = pointer + "/";
        return allowed.stream().anyMatch(a -> a.startsWith(prefix));
    }
}
