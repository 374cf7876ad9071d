package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pruning a JSON object to a set of pointers (leaves or whole objects, {@code *} for every
 * element of an array of objects): everything else goes.
 */
final class JsonTrees {

    /**
     * Removes every field of {@code node} not named by, nor on the way to, one of {@code allowed}
     * (JSON pointers relative to {@code node}), including fields nobody knew of when they were
     * written; a null on the way stays. Records each removed pointer (with array indices).
     */
    static void keepOnly(ObjectNode node, Set<String> allowed, List<String> removed) {
        keepOnly(node, "", "", allowed, removed);
    }

    /** {@code pattern} is the path with {@code *} for array elements, matched against {@code allowed}. */
    private static void keepOnly(ObjectNode node, String pattern, String path, Set<String> allowed,
                                 List<String> removed) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            String pointer = pattern + name;
            if (allowed.contains(pointer) || field.getValue().isArray() && allowed.contains(pointer + "/*")) {
                continue;
            }
            if (field.getValue().isNull() && isAncestorOfAllowed(pointer, allowed)) {
                continue; // an absent object the grant reaches into says no more than its absent fields
            }
            if (field.getValue() instanceof ObjectNode child && isAncestorOfAllowed(pointer, allowed)) {
                keepOnly(child, pointer, path + name, allowed, removed);
            } else if (field.getValue() instanceof ArrayNode array && isArrayOfObjects(array)
                    && isAncestorOfAllowed(pointer + "/*", allowed)) {
                for (int i = 0; i < array.size(); i++) {
                    keepOnly((ObjectNode) array.get(i), pointer + "/*", path + name + "/" + i, allowed, removed);
                }
            } else {
                removed.add(path + name);
                fields.remove();
            }
        }
    }

    /**
     * Removes what {@code pattern} (a pointer relative to {@code node}, {@code *} for every element
     * of an array) names, wherever it is present; records each removed pointer (with array indices).
     */
    static void remove(ObjectNode node, String pattern, List<String> removed) {
        remove(node, pattern.substring(1).split("/", -1), 0, "", removed);
    }

    private static void remove(JsonNode node, String[] parts, int at, String path, List<String> removed) {
        String part = parts[at].replace("~1", "/").replace("~0", "~");
        boolean last = at == parts.length - 1;
        if (part.equals("*") && node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (!last) {
                    remove(array.get(i), parts, at + 1, path + "/" + i, removed);
                }
            }
        } else if (node instanceof ObjectNode object && object.has(part)) {
            if (last) {
                object.remove(part);
                removed.add(path + "/" + parts[at]);
            } else {
                remove(object.get(part), parts, at + 1, path + "/" + parts[at], removed);
            }
        }
    }

    private static boolean isAncestorOfAllowed(String pointer, Set<String> allowed) {
        String prefix = pointer + "/";
        return allowed.stream().anyMatch(a -> a.startsWith(prefix));
    }

    private static boolean isArrayOfObjects(ArrayNode array) {
        for (JsonNode element : array) {
            if (!element.isObject()) {
                return false;
            }
        }
        return true;
    }

    private JsonTrees() {
    }
}
