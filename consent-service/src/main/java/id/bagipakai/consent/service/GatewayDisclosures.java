package id.bagipakai.consent.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.consent.config.ConsentConfig;
import id.bagipakai.consent.domain.Agency;
import id.bagipakai.consent.repository.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who received a member's data, from the sharing-gateway's disclosure log, asked with the
 * operator's own token (the gateway checks it is an operator). When the gateway cannot answer,
 * the view says so ({@code recorded} false) rather than showing an empty list as if nobody had.
 */
@ApplicationScoped
public class GatewayDisclosures {

    private static final Logger LOG = Logger.getLogger(GatewayDisclosures.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    ConsentConfig config;

    @Inject
    AgencyRepository agencies;

    public PersonViewService.Disclosures of(UUID memberId, String bearerToken) {
        URI uri = config.gatewayUrl().resolve("/operator/disclosures?limit=1000&memberId="
                + URLEncoder.encode(memberId.toString(), StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Authorization", "Bearer " + bearerToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warnf("The gateway answered %d for disclosures of %s", response.statusCode(), memberId);
                return unavailable();
            }
            List<PersonViewService.Disclosure> items = new ArrayList<>();
            for (JsonNode d : JSON.readTree(response.body())) {
                Agency agency = agencies.find("clientId", d.path("agency").asText()).firstResult();
                List<String> fields = new ArrayList<>();
                d.path("fields").forEach(f -> fields.add(f.asText()));
                items.add(new PersonViewService.Disclosure(agency == null ? null : agency.id,
                        agency == null ? d.path("agency").asText() : agency.name,
                        UUID.fromString(d.path("agreementId").asText()), fields, d.path("deliveryPath").asText(),
                        Instant.parse(d.path("disclosedAt").asText())));
            }
            return new PersonViewService.Disclosures("sharing-gateway", true, items);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("The gateway's disclosure log could not be read for %s: %s", memberId, e.getMessage());
            return unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable();
        }
    }

    private static PersonViewService.Disclosures unavailable() {
        return new PersonViewService.Disclosures("sharing-gateway", false, List.of());
    }
}
