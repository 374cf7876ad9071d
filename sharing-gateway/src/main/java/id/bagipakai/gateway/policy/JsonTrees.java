package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pruning a JSON object to a set of pointers (leaves or whole objects): everything else goes. */
final class JsonTrees {

    /**
     * Removes every field of {@code node} not named by, nor on the way to, one of {@code allowed}
     * (JSON pointers relative to {@code node}), including fields nobody knew of when they were
     * written; records each removed pointer.
     */
    static void keepOnly(ObjectNode node, Set<String> allowed, List<String> removed) {
        keepOnly(node, "", allowed, removed);
    }

    private static void keepOnly(ObjectNode node, String path, Set<String> allowed, List<String> removed) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (allowed.contains(pointer)) {
                continue;
            }
            if (field.getValue() instanceof ObjectNode child && isAncestorOfAllowed(pointer, allowed)) {
                keepOnly(child, pointer, allowed, removed);
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

    private JsonTrees() {
    }
}
