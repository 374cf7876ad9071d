package id.bagipakai.eligibility.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reading of the versioned definition files (PMT models, programme rules) from JSON trees. Read by
 * hand rather than bound to classes so that every error names its JSON path and, for an unknown
 * name, the names that are known.
 */
final class JsonDefinitions {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION) // a key given twice is a mistake, not an override
            .build();

    private final String source;

    JsonDefinitions(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    JsonNode read(InputStream in) {
        try (in) {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw fail("", "must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DefinitionException(source, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read", e);
        }
    }

    /** Classpath resource as a stream; a missing one is a definition error naming it. */
    static InputStream resource(String path) {
        InputStream in = JsonDefinitions.class.getResourceAsStream(path);
        if (in == null) {
            throw new DefinitionException(path, "", "no such resource on the classpath");
        }
        return in;
    }

    DefinitionException fail(String path, String problem) {
        return new DefinitionException(source, path, problem);
    }

    /** Rejects any field outside {@code allowed}: a misspelt field would otherwise be silently ignored. */
    void onlyFields(JsonNode object, String path, Set<String> allowed) {
        if (!object.isObject()) {
            throw fail(path, "must be an object");
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(join(path, name), "unknown field '" + name + "' (known: " + String.join(", ",
                        new TreeSet<>(allowed)) + ")");
            }
        }
    }

    JsonNode object(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(join(path, field), "is required");
            }
            return null;
        }
        if (!node.isObject()) {
            throw fail(join(path, field), "must be an object");
        }
        return node;
    }

    List<JsonNode> array(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(join(path, field), "is required");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw fail(join(path, field), "must be an array");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    String text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(join(path, field), "is required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw fail(join(path, field), "must be a non-blank string");
        }
        return node.asText();
    }

    Double number(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(join(path, field), "is required");
            }
            return null;
        }
        return number(node, join(path, field));
    }

    double number(JsonNode node, String path) {
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw fail(path, "must be a finite number");
        }
        return node.asDouble();
    }

    Integer integer(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw fail(join(path, field), "is required");
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fail(join(path, field), "must be a whole number");
        }
        return node.asInt();
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }
}
