package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.commons.problem.JsonPointers;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.registry.domain.household.HouseholdDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Maps one row's JSON object to a household document. Besides the document's own fields a row may
 * carry {@code ref} (the uploader's reference), {@code householdId} (update an existing household)
 * and {@code expectedVersion}. Unknown fields are errors: in bulk a typo must not pass silently.
 */
final class RowMapper {

    static final String REF = "ref";
    static final String HOUSEHOLD_ID = "householdId";
    static final String EXPECTED_VERSION = "expectedVersion";

    private final ObjectReader strict;

    RowMapper(ObjectMapper json) {
        this.strict = json.readerFor(HouseholdDocument.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    WaveRow map(long number, long line, ObjectNode node) {
        List<FieldError> errors = new ArrayList<>();
        String ref = text(node.remove(REF));
        UUID householdId = null;
        String id = text(node.remove(HOUSEHOLD_ID));
        if (id != null) {
            try {
                householdId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("/" + HOUSEHOLD_ID, "is not a UUID"));
            }
        }
        Integer expectedVersion = null;
        JsonNode version = node.remove(EXPECTED_VERSION);
        if (version != null && !version.isNull()) {
            if (version.canConvertToInt() && version.asInt() > 0 || version.isTextual() && version.asText().matches("[1-9]\\d{0,8}")) {
                expectedVersion = version.asInt();
            } else {
                errors.add(new FieldError("/" + EXPECTED_VERSION, "must be a positive version number"));
            }
        }
        if (expectedVersion != null && householdId == null && errors.isEmpty()) {
            errors.add(new FieldError("/" + EXPECTED_VERSION, "only applies to a row with a householdId"));
        }
        HouseholdDocument document = null;
        try {
            document = strict.readValue(node);
        } catch (JsonMappingException e) {
            errors.add(new FieldError(JsonPointers.of(e), e.getOriginalMessage()));
        } catch (IOException e) {
            errors.add(new FieldError("", e.getMessage()));
        }
        return new WaveRow(number, line, ref, householdId, expectedVersion, errors.isEmpty() ? document : null,
                List.copyOf(errors));
    }

    static WaveRow unreadable(long number, long line, String ref, String pointer, String detail) {
        return new WaveRow(number, line, ref, null, null, null, List.of(new FieldError(pointer, detail)));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
