package id.bagipakai.gateway.service;

import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.domain.DeadLetter;
import id.bagipakai.gateway.domain.StartingPoint;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.gateway.domain.Webhook;
import id.bagipakai.gateway.domain.WebhookSignature;
import id.bagipakai.gateway.messaging.StreamReader;
import id.bagipakai.gateway.repository.DeadLetterRepository;
import id.bagipakai.gateway.repository.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agency's webhooks: registration (the secret is given out once, here), listing, removal,
 * dead letters and their replay, rewinding. An agency sees only its own: another's is absent.
 */
@ApplicationScoped
public class WebhookService {

    /** The agency already has as many webhooks as allowed. */
    public static final class TooMany extends RuntimeException {
        TooMany(int max) {
            super("an agency may have at most " + max + " webhooks; delete one first");
        }
    }

    private final SecureRandom random = new SecureRandom();

    @Inject
    WebhookRepository webhooks;

    @Inject
    DeadLetterRepository deadLetters;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookDelivery sending;

    @Inject
    DeliveryService delivery;

    @Inject
    GatewayConfig config;

    /** Stores the webhook and starts delivering the stream's records to it from {@code from}. */
    public Webhook register(String agency, String stream, URI url, StartingPoint from) {
        return run(() -> {
            int max = config.webhooks().maxPerAgency();
            if (webhooks.countOf(agency) >= max) {
                throw new TooMany(max);
            }
            Webhook hook = new Webhook(UUID.randomUUID(), agency, stream, url, WebhookSignature.newSecret(random),
                    resolve(stream, from), Instant.now().truncatedTo(ChronoUnit.MICROS));
            webhooks.insert(hook);
            dispatcher.start(hook);
            return hook;
        });
    }

    public List<Webhook> of(String agency) {
        return run(() -> webhooks.ofAgency(agency));
    }

    /** The agency's webhook; empty when there is none of that id, or it is another agency's. */
    public Optional<Webhook> find(String agency, UUID id) {
        return run(() -> webhooks.find(id).filter(h -> h.agency().equals(agency)));
    }

    /** Stops and removes it with its dead letters; false when the agency has no such webhook. */
    public boolean delete(String agency, UUID id) {
        return run(() -> {
            if (find(agency, id).isEmpty()) {
                return false;
            }
            dispatcher.stop(id);
            return webhooks.delete(id);
        });
    }

    public List<DeadLetter> deadLetters(Webhook hook, int limit) {
        return run(() -> deadLetters.ofWebhook(hook.id(), limit));
    }

    public Optional<DeadLetter> deadLetter(Webhook hook, UUID letterId) {
        return run(() -> deadLetters.find(hook.id(), letterId));
    }

    public WebhookDelivery.Replayed replay(Webhook hook, DeadLetter letter) {
        return run(() -> sending.replay(hook, letter));
    }

    /** Delivery goes on from {@code to}; returns the webhook as it now stands. */
    public Webhook rewind(Webhook hook, StartingPoint to) {
        return run(() -> {
            StreamCursor cursor = resolve(hook.stream(), to);
            dispatcher.rewind(hook, cursor);
            return new Webhook(hook.id(), hook.agency(), hook.stream(), hook.url(), hook.secret(), cursor,
                    hook.createdAt());
        });
    }

    /** A concrete cursor: {@code now} and {@code earliest} as a reader finds them at this moment. */
    private StreamCursor resolve(String stream, StartingPoint point) {
        if (point instanceof StartingPoint.At at) {
            return at.cursor();
        }
        StreamCursor from = point instanceof StartingPoint.Now ? null : StreamCursor.empty();
        try (StreamReader reader = delivery.reader(stream, from)) {
            return reader.cursor();
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private static <T> T run(Work<T> work) {
        try {
            return work.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (SQLException e) {
            throw new IllegalStateException("the webhook store cannot be used: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
