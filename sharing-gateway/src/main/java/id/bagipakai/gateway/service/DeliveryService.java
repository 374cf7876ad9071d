package id.bagipakai.gateway.service;

import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.gateway.domain.Disclosure;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.gateway.messaging.StreamReader;
import id.bagipakai.policy.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What every delivery path does with what it read: decide each event for the agency, record
 * every release in the disclosure log, and only then hand the releases back to be sent. A batch
 * shares one wait on the log.
 */
@ApplicationScoped
public class DeliveryService {

    /** The releases of one event, in agreement-id order (resume points rely on that order). */
    public record Delivered(FeedEvent event, List<EnforcementService.Release> releases) {
    }

    /** The disclosure log could not record the releases: nothing of them may be sent. */
    public static final class NotRecorded extends RuntimeException {
        NotRecorded(Throwable cause) {
            super("the disclosure log could not record the releases; nothing was sent", cause);
        }
    }

    @Inject
    EnforcementService enforcement;

    @Inject
    DisclosureLog log;

    @Inject
    GatewayConfig config;

    @Inject
    id.bagipakai.contracts.Namespace namespace;

    /** A reader of the stream's topic for one delivery, at {@code from} (live when null). */
    public StreamReader reader(String stream, StreamCursor from) {
        return StreamReader.open(config.kafkaBootstrapServers(), config.apicurioUrl(), namespace, stream, from);
    }

    /** Decides and records; returns only events with at least one release. */
    public List<Delivered> release(String agency, Set<String> roles, DeliveryMode mode, List<FeedEvent> events) {
        List<Delivered> delivered = decide(agency, roles, mode, events);
        record(agency, mode, delivered);
        return delivered;
    }

    /** Decides only: nothing of it may be sent before {@link #record} returned. */
    public List<Delivered> decide(String agency, Set<String> roles, DeliveryMode mode, List<FeedEvent> events) {
        List<Delivered> delivered = new ArrayList<>();
        for (FeedEvent event : events) {
            List<EnforcementService.Release> releases = new ArrayList<>(enforcement.decide(agency, roles, mode, event));
            if (!releases.isEmpty()) {
                releases.sort(Comparator.comparing(r -> r.grant().agreementId()));
                delivered.add(new Delivered(event, List.copyOf(releases)));
            }
        }
        return delivered;
    }

    /** Records the releases in the disclosure log and waits until they are committed. */
    public void record(String agency, DeliveryMode mode, List<Delivered> delivered) {
        Instant now = Instant.now();
        List<Disclosure.Draft> drafts = new ArrayList<>();
        delivered.forEach(d -> d.releases().forEach(r -> drafts.add(r.draft(agency, mode, d.event(), now))));
        try {
            log.record(drafts).get(config.disclosureWriteTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new NotRecorded(e.getCause());
        } catch (TimeoutException e) {
            throw new NotRecorded(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotRecorded(e);
        }
    }
}
