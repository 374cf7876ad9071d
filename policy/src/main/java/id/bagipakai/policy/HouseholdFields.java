package id.bagipakai.policy;

import id.bagipakai.contracts.registry.HouseholdState;
import org.apache.avro.Schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON pointers of the household document, read from the Avro schema events carry (so a
 * grant, the classification of specific data and the data itself cannot drift apart). "" is the
 * whole document, {@code *} stands for every element of an array of records
 * ({@code /members/*}/name); an array of plain values ({@code /members/*}/ppks) is one leaf.
 */
public final class HouseholdFields {

    public static final String ROOT = "";
    public static final String MEMBERS = "/members";
    /** Every member: the member-level pointers are this one and those below it. */
    public static final String MEMBER = "/members/*";

    private static final Map<String, List<String>> CHILDREN = new LinkedHashMap<>();

    static {
        CHILDREN.put(ROOT, new ArrayList<>());
        walk(HouseholdState.getClassSchema(), ROOT);
    }

    private HouseholdFields() {
    }

    private static void walk(Schema schema, String pointer) {
        Schema s = nonNull(schema);
        switch (s.getType()) {
            case RECORD -> {
                for (Schema.Field field : s.getFields()) {
                    add(pointer, pointer + "/" + escape(field.name()), field.schema());
                }
            }
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
        CHILDREN.get(parent).add(child);
        CHILDREN.put(child, new ArrayList<>());
        walk(schema, child);
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst()
                .orElse(schema);
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** Every pointer of the document, parents before children. */
    public static Set<String> all() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(CHILDREN.keySet()));
    }

    /** What an agreement may name in its fields: every pointer but the whole document. */
    public static Set<String> grantable() {
        Set<String> pointers = new LinkedHashSet<>(CHILDREN.keySet());
        pointers.remove(ROOT);
        return Collections.unmodifiableSet(pointers);
    }

    public static boolean contains(String pointer) {
        return CHILDREN.containsKey(pointer);
    }

    /** The pointers one level below, empty for a leaf. */
    public static List<String> children(String pointer) {
        List<String> children = CHILDREN.get(pointer);
        if (children == null) {
            throw new IllegalArgumentException("not a household field: " + pointer);
        }
        return List.copyOf(children);
    }

    /** Whether {@code pointer} is {@code ancestor} or lies below it. */
    public static boolean within(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }

    /** Whether {@code pointer} lies strictly above {@code descendant}. */
    public static boolean above(String pointer, String descendant) {
        return !pointer.equals(descendant) && within(descendant, pointer);
    }

    /**
     * Cuts the given pointers so that none reaches into a boundary: a pointer within a boundary is
     * dropped (and reported in {@code dropped}), a pointer above one is replaced by its children,
     * recursively; the rest stay as they are. The result covers exactly the granted data outside
     * the boundaries.
     */
    static Set<String> carve(Collection<String> pointers, Collection<String> boundaries, Set<String> dropped) {
        Set<String> kept = new LinkedHashSet<>();
        for (String pointer : pointers) {
            carve(pointer, boundaries, kept, dropped);
        }
        return kept;
    }

    private static void carve(String pointer, Collection<String> boundaries, Set<String> kept, Set<String> dropped) {
        if (boundaries.stream().anyMatch(b -> within(pointer, b))) {
            dropped.add(pointer);
        } else if (boundaries.stream().anyMatch(b -> above(pointer, b))) {
            for (String child : children(pointer)) {
                carve(child, boundaries, kept, dropped);
            }
        } else {
            kept.add(pointer);
        }
    }
}
