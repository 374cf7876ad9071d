package id.bagipakai.consent.domain;

import id.bagipakai.commons.problem.JsonPointers;
import id.bagipakai.contracts.registry.HouseholdState;
import org.apache.avro.Schema;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON pointers an agreement may name: every field of the household state as events carry
 * it, derived from the Avro schema so that a field added to the contract can be shared at once
 * and a field that does not exist can never be granted. Array elements are written {@code *}
 * ({@code /members/*}{@code /name}); a pointer to a record or array covers all below it.
 */
public final class HouseholdFieldPaths {

    /** Stands for every element of an array (or value of a map). */
    public static final String EVERY_ELEMENT = "*";

    private static final Set<String> HOUSEHOLD = of(HouseholdState.getClassSchema());

    /** The pointers into {@link HouseholdState}. */
    public static Set<String> household() {
        return HOUSEHOLD;
    }

    /** Every pointer to a field of {@code record}, sorted. */
    public static Set<String> of(Schema record) {
        if (record.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("Not a record schema: " + record.getFullName());
        }
        Set<String> pointers = new TreeSet<>();
        collect(record, "", pointers, new ArrayDeque<>());
        return Collections.unmodifiableSet(pointers);
    }

    private static void collect(Schema schema, String pointer, Set<String> into, Deque<String> enclosing) {
        switch (schema.getType()) {
            case RECORD -> {
                if (enclosing.contains(schema.getFullName())) {
                    return; // a recursive type: its fields are already named at the outer level
                }
                enclosing.push(schema.getFullName());
                for (Schema.Field field : schema.getFields()) {
                    String child = pointer + "/" + JsonPointers.escape(field.name());
                    into.add(child);
                    collect(field.schema(), child, into, enclosing);
                }
                enclosing.pop();
            }
            case UNION -> schema.getTypes().forEach(branch -> collect(branch, pointer, into, enclosing));
            case ARRAY -> collect(schema.getElementType(), pointer + "/" + EVERY_ELEMENT, into, enclosing);
            case MAP -> collect(schema.getValueType(), pointer + "/" + EVERY_ELEMENT, into, enclosing);
            default -> {
                // a leaf: its pointer was added by the field that holds it
            }
        }
    }

    private HouseholdFieldPaths() {
    }
}
