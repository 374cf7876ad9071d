package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/**
 * An Avro event (read generically, with the writer's schema) in the agency-facing JSON shape:
 * plain fields, timestamps and dates as ISO-8601 text.
 */
final class AvroJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static ObjectNode of(IndexedRecord record) {
        ObjectNode node = JSON.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos()), field.schema()));
        }
        return node;
    }

    private static JsonNode value(Object v, Schema schema) {
        LogicalType logical = nonNull(schema).getLogicalType();
        if (logical != null && v instanceof Number n) {
            switch (logical.getName()) {
                case "timestamp-millis" -> {
                    return JSON.textNode(Instant.ofEpochMilli(n.longValue()).toString());
                }
                case "timestamp-micros" -> {
                    long micros = n.longValue();
                    return JSON.textNode(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                            Math.floorMod(micros, 1_000_000L) * 1_000L).toString());
                }
                case "date" -> {
                    return JSON.textNode(LocalDate.ofEpochDay(n.longValue()).toString());
                }
                default -> {
                    // other logical types keep their underlying value
                }
            }
        }
        return switch (v) {
            case null -> JSON.nullNode();
            case IndexedRecord r -> of(r);
            case CharSequence s -> JSON.textNode(s.toString());
            case Integer i -> JSON.numberNode(i);
            case Long l -> JSON.numberNode(l);
            case Double d -> JSON.numberNode(d);
            case Float f -> JSON.numberNode(f);
            case Boolean b -> JSON.booleanNode(b);
            case TemporalAccessor t -> JSON.textNode(t.toString());
            case Collection<?> c -> {
                ArrayNode array = JSON.arrayNode();
                c.forEach(item -> array.add(value(item, elementSchema(schema))));
                yield array;
            }
            case Map<?, ?> m -> {
                ObjectNode object = JSON.objectNode();
                m.forEach((k, item) -> object.set(k.toString(), value(item, valueSchema(schema))));
                yield object;
            }
            case ByteBuffer b -> JSON.binaryNode(b.array());
            case GenericContainer e -> JSON.textNode(e.toString()); // enum symbols, fixed (arrays are containers too: matched above)
            default -> JSON.textNode(v.toString());
        };
    }

    /** The non-null branch of an optional union ({@code ["null", T]}), else the schema itself. */
    private static Schema nonNull(Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
        }
        return schema;
    }

    private static Schema elementSchema(Schema schema) {
        Schema s = nonNull(schema);
        return s.getType() == Schema.Type.ARRAY ? s.getElementType() : s;
    }

    private static Schema valueSchema(Schema schema) {
        Schema s = nonNull(schema);
        return s.getType() == Schema.Type.MAP ? s.getValueType() : s;
    }

    private AvroJson() {
    }
}
