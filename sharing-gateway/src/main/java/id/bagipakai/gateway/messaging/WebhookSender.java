package id.bagipakai.gateway.messaging;

import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.domain.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * One signed POST to a webhook; retrying is the caller's business. Redirects are not followed:
 * a webhook answers where it was registered, or the attempt failed.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String EVENT_ID = "Bagipakai-Event-Id";
    public static final String ATTEMPT = "Bagipakai-Delivery-Attempt";

    /** How an attempt went: the receiver's status (0 when it never answered), and why it failed. */
    public record Outcome(int status, String error) {

        public boolean delivered() {
            return status >= 200 && status < 300;
        }

        public Integer statusOrNull() {
            return status == 0 ? null : status;
        }
    }

    private final HttpClient http;
    private final GatewayConfig.Webhooks settings;

    @Inject
    public WebhookSender(GatewayConfig config) {
        settings = config.webhooks();
        http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * POSTs {@code body} signed with {@code secret} at the moment of sending.
     *
     * @throws InterruptedException when the delivery is stopped meanwhile
     */
    public Outcome post(URI url, String secret, String eventId, int attempt, String body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header(EVENT_ID, eventId)
                .header(ATTEMPT, Integer.toString(attempt))
                .header(WebhookSignature.HEADER, WebhookSignature.header(secret, Instant.now(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (IOException e) { // connection refused, timeout, reset: the receiver did not take it
            return new Outcome(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}
