package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.contracts.Streams;
import id.bagipakai.gateway.pseudonym.KeyRing;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.gateway.repository.DisclosureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agencies' findings (partner reports on households) into the registry, under the agency's own
 * token, so the registry records the agency as their author. A household named by the pseudonym
 * the agency received is resolved against the households disclosed to that agency; nothing else
 * can be resolved, so a pseudonym never opens a household the agency was not given.
 */
@ApplicationScoped
public class FindingForwarder {

    private static final Pattern PSEUDONYM = Pattern.compile("p(\\d+)_[a-z2-7]{26}");

    /** The registry's answer, passed back as it is. */
    public record Answer(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    GatewayConfig config;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    KeyRing keys;

    public Answer submit(String agency, String bearerToken, ObjectNode finding) {
        ObjectNode body = finding.deepCopy();
        body.remove("submittedBy"); // the author is the token's agency, not a claim in the body
        if (body.hasNonNull("householdId")) {
            body.put("householdId", resolve(agency, body.get("householdId").asText()));
        }
        HttpRequest request = HttpRequest.newBuilder(config.registryUrl().resolve("/findings"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse("application/json"), response.body());
        } catch (IOException e) {
            throw new RegistryUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailable(e);
        }
    }

    /** The registry could not be reached: the finding was not taken. */
    public static final class RegistryUnavailable extends RuntimeException {
        RegistryUnavailable(Throwable cause) {
            super("the registry cannot take findings right now; nothing was recorded", cause);
        }
    }

    private String resolve(String agency, String householdId) {
        Matcher m = PSEUDONYM.matcher(householdId);
        if (!m.matches()) {
            return householdId; // a real id: only an identified agreement gives those
        }
        int version = Integer.parseInt(m.group(1));
        if (!keys.versions().contains(version)) {
            throw new InvalidInputException("/householdId", "not a pseudonym this gateway gave");
        }
        List<String> received;
        try {
            // any stream: a household's pseudonym from a result names it as well as one from its events
            received = disclosures.idsDisclosedTo(agency, Streams.eventTypesOf(Streams.HOUSEHOLD_EVENTS))
                    .getOrDefault("household", List.of());
        } catch (SQLException e) {
            throw new IllegalStateException("the disclosure log cannot be read: " + e.getMessage(), e);
        }
        return received.stream()
                .filter(id -> Pseudonymiser.pseudonym(keys.key(version), agency, Pseudonymiser.HOUSEHOLD, id)
                        .equals(householdId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("/householdId",
                        "no household given to this agency has this pseudonym"));
    }
}
