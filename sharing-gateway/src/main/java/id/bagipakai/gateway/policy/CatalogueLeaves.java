package id.bagipakai.gateway.policy;

import id.bagipakai.policy.HouseholdFields;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A grant of a whole object is a grant of the fields the catalogue knows in it. Events are read
 * with the writer's schema, so a field a newer producer added arrives too; pruning to leaves keeps
 * it in until an agreement can name it.
 */
final class CatalogueLeaves {

    private static final Map<String, Set<String>> LEAVES = new HashMap<>();

    static {
        for (String pointer : HouseholdFields.all()) {
            LEAVES.put(pointer, Set.copyOf(collect(pointer, new LinkedHashSet<>())));
        }
    }

    /** The catalogue's leaves at or below {@code pointer} (array elements as {@code *}). */
    static Set<String> of(String pointer) {
        Set<String> leaves = LEAVES.get(pointer);
        if (leaves == null) {
            throw new IllegalArgumentException("not a household field: " + pointer);
        }
        return leaves;
    }

    private static Set<String> collect(String pointer, Set<String> into) {
        var children = HouseholdFields.children(pointer);
        if (children.isEmpty()) {
            into.add(pointer);
        }
        children.forEach(child -> collect(child, into));
        return into;
    }

    private CatalogueLeaves() {
    }
}
