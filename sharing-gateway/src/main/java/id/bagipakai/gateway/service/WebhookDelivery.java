package id.bagipakai.gateway.service;

import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.domain.Backoff;
import id.bagipakai.gateway.domain.DeadLetter;
import id.bagipakai.gateway.domain.Webhook;
import id.bagipakai.gateway.messaging.StreamReader;
import id.bagipakai.gateway.messaging.WebhookSender;
import id.bagipakai.gateway.repository.DeadLetterRepository;
import id.bagipakai.policy.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a webhook gets of one event: each release (one per agreement) POSTed, signed, and retried
 * with back-off until the receiver takes it or the attempts run out (then a dead letter). Every
 * attempt sends a decision taken just before it and recorded in the disclosure log before it
 * leaves: a revocation or a withdrawn consent stops the retries of what it no longer allows.
 */
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);

    /**
     * A decision older than this is taken again before sending: the releases of one event go out
     * one after the other, and a slow receiver must not carry an old decision past a revocation.
     */
    private static final Duration DECISION_MAX_AGE = Duration.ofMillis(200);
    private static final Duration REPLAY_READ_WAIT = Duration.ofSeconds(5);

    /** What a replay did: whether the receiver took it, its status, and why not when it did not. */
    public record Replayed(boolean delivered, Integer status, String detail) {
    }

    @Inject
    DeliveryService delivery;

    @Inject
    id.bagipakai.contracts.Namespace namespace;

    @Inject
    WebhookSender sender;

    @Inject
    DeadLetterRepository deadLetters;

    @Inject
    GatewayConfig config;

    /**
     * The roles a webhook's deliveries are decided with. A webhook has no token at send time:
     * the stream's role is assumed, and the agreement state is the authority (consent-service
     * grants that role exactly while an agreement for the stream is in force, and the policy
     * chain checks the agreement itself for every record).
     */
    private Set<String> roles(Webhook hook) {
        var stream = config.streams().get(hook.stream());
        return stream == null ? Set.of() : Set.of(stream.role());
    }

    private Backoff backoff() {
        return new Backoff(config.webhooks().initialBackoff(), config.webhooks().maxBackoff());
    }

    /**
     * Delivers the event's releases in agreement-id order.
     *
     * @return whether anything of it was for this webhook (sent, dead-lettered, or stopped by the policy)
     * @throws InterruptedException when the webhook's delivery is stopped meanwhile
     */
    public boolean deliver(Webhook hook, FeedEvent event) throws InterruptedException, SQLException {
        Instant decidedAt = Instant.now();
        List<DeliveryService.Delivered> decided = delivery.decide(hook.agency(), roles(hook), DeliveryMode.WEBHOOK,
                List.of(event));
        if (decided.isEmpty()) {
            return false;
        }
        for (EnforcementService.Release release : decided.getFirst().releases()) {
            send(hook, event, release, decidedAt);
        }
        return true;
    }

    private void send(Webhook hook, FeedEvent event, EnforcementService.Release decided, Instant decidedAt)
            throws InterruptedException, SQLException {
        String agreementId = decided.grant().agreementId();
        int maxAttempts = config.webhooks().maxAttempts();
        WebhookSender.Outcome outcome = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            boolean fresh = attempt == 1 && Duration.between(decidedAt, Instant.now()).compareTo(DECISION_MAX_AGE) < 0;
            Optional<EnforcementService.Release> release = fresh ? Optional.of(decided) : decide(hook, event, agreementId);
            if (release.isEmpty()) {
                LOG.infof("Webhook %s: %s %s no longer released under %s; not sent again", hook.id(), event.type(),
                        event.position(), agreementId);
                return;
            }
            outcome = post(hook, event, release.get(), attempt);
            if (outcome.delivered()) {
                return;
            }
            LOG.debugf("Webhook %s: attempt %d at %s failed: %s", hook.id(), attempt, event.position(), outcome.error());
            if (attempt < maxAttempts) {
                Thread.sleep(backoff().delay(attempt, ThreadLocalRandom.current().nextDouble()));
            }
        }
        LOG.warnf("Webhook %s: %s %s under %s dead-lettered after %d attempts: %s", hook.id(), event.type(),
                event.position(), agreementId, maxAttempts, outcome.error());
        deadLetters.insert(new DeadLetter(UUID.randomUUID(), hook.id(), agreementId, event.position(), event.cursor(),
                event.type(), maxAttempts, outcome.statusOrNull(), truncate(outcome.error()), Instant.now(), null));
    }

    /**
     * A dead letter once more: the event read again from the topic, decided now under its
     * agreement, sent once. Nothing is sent when the agreement or the people's consent no longer
     * allow it, or when the topic no longer holds the event.
     */
    public Replayed replay(Webhook hook, DeadLetter letter) throws InterruptedException, SQLException {
        Optional<FeedEvent> event = StreamReader.readAt(config.kafkaBootstrapServers(), config.apicurioUrl(), namespace,
                hook.stream(), letter.partition(), letter.offset(), letter.eventCursor(), REPLAY_READ_WAIT);
        if (event.isEmpty()) {
            return new Replayed(false, null, "the event at " + letter.eventPosition() + " is no longer on the topic");
        }
        Optional<EnforcementService.Release> release = decide(hook, event.get(), letter.agreementId());
        if (release.isEmpty()) {
            return new Replayed(false, null, "agreement " + letter.agreementId()
                    + " (or the people's consent) no longer releases this record: nothing was sent");
        }
        WebhookSender.Outcome outcome = post(hook, event.get(), release.get(), letter.attempts() + 1);
        if (outcome.delivered()) {
            deadLetters.markReplayed(letter.id(), Instant.now());
        }
        return new Replayed(outcome.delivered(), outcome.statusOrNull(), outcome.error());
    }

    /**
     * Tells the webhook that an agreement of its agency stopped carrying the stream. Best effort:
     * a few attempts, no dead letter (the agreement's state can always be asked again).
     */
    public void notice(Webhook hook, NoticeService.Notice notice) {
        String body = notice.data().deepCopy().put("type", notice.name()).toString();
        String id = notice.id();
        int attempts = config.webhooks().noticeAttempts();
        try {
            for (int attempt = 1; attempt <= attempts; attempt++) {
                WebhookSender.Outcome outcome = sender.post(hook.url(), hook.secret(), id, attempt, body);
                if (outcome.delivered()) {
                    return;
                }
                if (attempt < attempts) {
                    Thread.sleep(backoff().delay(attempt, ThreadLocalRandom.current().nextDouble()));
                } else {
                    LOG.warnf("Webhook %s: notice %s not delivered: %s", hook.id(), id, outcome.error());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The event decided now for this webhook, kept only under {@code agreementId}; not yet recorded. */
    private Optional<EnforcementService.Release> decide(Webhook hook, FeedEvent event, String agreementId) {
        return delivery.decide(hook.agency(), roles(hook), DeliveryMode.WEBHOOK, List.of(event)).stream()
                .flatMap(d -> d.releases().stream())
                .filter(r -> r.grant().agreementId().equals(agreementId))
                .findFirst();
    }

    /** Records the release, then sends it: write before send, once per attempt (an attempt may reach the agency). */
    private WebhookSender.Outcome post(Webhook hook, FeedEvent event, EnforcementService.Release release, int attempt)
            throws InterruptedException {
        delivery.record(hook.agency(), DeliveryMode.WEBHOOK,
                List.of(new DeliveryService.Delivered(event, List.of(release))));
        return sender.post(hook.url(), hook.secret(), event.cursor().toString(), attempt, release.record().toString());
    }

    private static String truncate(String error) {
        return error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
    }
}
