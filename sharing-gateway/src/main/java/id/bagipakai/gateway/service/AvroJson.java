package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.IndexedRecord;

import java.nio.ByteBuffer;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/** An Avro event in the agency-facing JSON shape: plain fields, timestamps as ISO-8601 text. */
final class AvroJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static ObjectNode of(IndexedRecord record) {
        ObjectNode node = JSON.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    private static JsonNode value(Object v) {
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
            case GenericContainer e -> JSON.textNode(e.toString()); // enum symbols, fixed
            case Enum<?> e -> JSON.textNode(e.name());
            case ByteBuffer b -> JSON.binaryNode(b.array());
            case Collection<?> c -> {
                ArrayNode array = JSON.arrayNode();
                c.forEach(item -> array.add(value(item)));
                yield array;
            }
            case Map<?, ?> m -> {
                ObjectNode object = JSON.objectNode();
                m.forEach((k, item) -> object.set(k.toString(), value(item)));
                yield object;
            }
            default -> JSON.textNode(v.toString());
        };
    }

    private AvroJson() {
    }
}
