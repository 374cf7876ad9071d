package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What a released record holds, for the disclosure log: its leaf pointers, array items as {@code *}. */
final class ReleasedFields {

    static List<String> of(ObjectNode record) {
        TreeSet<String> pointers = new TreeSet<>();
        collect(record, "", pointers);
        return List.copyOf(pointers);
    }

    private static void collect(JsonNode node, String path, TreeSet<String> pointers) {
        if (node instanceof ObjectNode object && !object.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                collect(field.getValue(), path + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), pointers);
            }
        } else if (node instanceof ArrayNode array && array.size() > 0 && array.get(0).isContainerNode()) {
            array.forEach(item -> collect(item, path + "/*", pointers));
        } else {
            pointers.add(path);
        }
    }

    private ReleasedFields() {
    }
}
