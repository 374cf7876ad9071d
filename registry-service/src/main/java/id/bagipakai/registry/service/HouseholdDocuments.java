package id.bagipakai.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.UncheckedIOException;
import java.util.Objects;

/** The household document as stored in JSONB columns (versions, findings), with the application's mapper. */
@ApplicationScoped
public class HouseholdDocuments {

    /** Who a change is recorded for until the registry authenticates its callers. */
    public static String actorOf(String actor) {
        return Objects.requireNonNullElse(actor, "unauthenticated");
    }

    @Inject
    ObjectMapper json;

    public String write(HouseholdDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HouseholdDocument read(String document) {
        try {
            return json.readValue(document, HouseholdDocument.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
