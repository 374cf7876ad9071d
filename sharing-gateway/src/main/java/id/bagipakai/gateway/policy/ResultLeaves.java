package id.bagipakai.gateway.policy;

import id.bagipakai.contracts.EventSchemas;
import org.apache.avro.Schema;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The leaves of a result record's pointer as the result events' schemas know them
 * ({@code /desils} is {@code /desils/national}, {@code /province}, {@code /regency}), so that a
 * field a newer producer adds inside a granted object is removed too, as for household events
 * ({@link CatalogueLeaves}). A pointer the schemas do not know (the gateway's own
 * {@code /eventType}, {@code /agreementId}) is its own leaf.
 */
final class ResultLeaves {

    private static final Map<String, Set<String>> CHILDREN = new HashMap<>();

    static {
        for (Schema schema : EventSchemas.ELIGIBILITY_RESULTS) {
            walk(schema, "");
        }
    }

    private ResultLeaves() {
    }

    /** The leaves at or below {@code pointer}, array elements as {@code *}. */
    static Set<String> of(String pointer) {
        Set<String> leaves = new LinkedHashSet<>();
        collect(pointer, leaves);
        return leaves;
    }

    private static void collect(String pointer, Set<String> into) {
        Set<String> children = CHILDREN.getOrDefault(pointer, Set.of());
        if (children.isEmpty()) {
            into.add(pointer);
        }
        children.forEach(child -> collect(child, into));
    }

    private static void walk(Schema schema, String pointer) {
        Schema s = nonNull(schema);
        switch (s.getType()) {
            case RECORD -> s.getFields().forEach(f -> add(pointer, pointer + "/" + f.name(), f.schema()));
            case ARRAY -> {
                if (nonNull(s.getElementType()).getType() == Schema.Type.RECORD) {
                    add(pointer, pointer + "/*", s.getElementType());
                }
            }
            default -> {
                // a leaf
            }
        }
    }

    private static void add(String parent, String child, Schema schema) {
        CHILDREN.computeIfAbsent(parent, p -> new LinkedHashSet<>()).add(child);
        walk(schema, child);
    }

    private static Schema nonNull(Schema schema) {
        return schema.getType() != Schema.Type.UNION ? schema
                : schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }
}
