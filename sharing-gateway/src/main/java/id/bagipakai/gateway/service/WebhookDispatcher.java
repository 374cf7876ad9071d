package id.bagipakai.gateway.service;

import id.bagipakai.gateway.domain.Backoff;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.gateway.domain.Webhook;
import id.bagipakai.gateway.messaging.StreamReader;
import id.bagipakai.gateway.messaging.PolicyTopicsConsumer;
import id.bagipakai.gateway.repository.WebhookRepository;
import id.bagipakai.policy.DeliveryMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.common.errors.InterruptException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs every webhook: one virtual thread each, started at boot for the stored ones and at
 * registration, stopped on deletion. Each reads the topic from the webhook's stored cursor, hands
 * each event to {@link WebhookDelivery} in order (one event at a time, so a household's records
 * arrive in order) and stores the cursor after it: a restart resumes there, at least once. When
 * an agreement stops carrying the stream by webhook, the agency's webhooks get a notice.
 * One gateway instance dispatches: two would each deliver every record.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Backoff PAUSE_AFTER_FAILURE = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
    /** A failure after this long of working delivery starts the pauses from the shortest again. */
    private static final Duration FAILURES_FORGOTTEN = Duration.ofMinutes(1);

    @Inject
    WebhookRepository webhooks;

    @Inject
    DeliveryService delivery;

    @Inject
    WebhookDelivery sending;

    @Inject
    PolicyState policy;

    @Inject
    PolicyTopicsConsumer policyTopics;

    private final Map<UUID, Pump> pumps = new ConcurrentHashMap<>();
    @Inject
    NoticeService notices;

    private Runnable stopNotices = () -> {
    };

    void onStart(@Observes StartupEvent start) throws SQLException {
        stopNotices = policy.listen(this::onPolicyChange);
        webhooks.all().forEach(this::start);
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopNotices.run();
        List<Pump> running = List.copyOf(pumps.values());
        pumps.clear();
        running.forEach(Pump::stop);
        running.forEach(p -> p.await(Duration.ofSeconds(5)));
    }

    /** Starts delivering to the webhook from its stored cursor; a no-op when it already runs. */
    public void start(Webhook hook) {
        pumps.computeIfAbsent(hook.id(), id -> new Pump(hook));
    }

    /** Stops delivering; once this returns, the webhook's stored cursor is no longer moved by it. */
    public void stop(UUID id) {
        Pump pump = pumps.remove(id);
        if (pump != null) {
            pump.stop();
        }
    }

    /** Delivery goes on from {@code cursor}: what lies after it is delivered (again). */
    public synchronized void rewind(Webhook hook, StreamCursor cursor) throws SQLException {
        stop(hook.id());
        webhooks.moveCursor(hook.id(), cursor, Instant.now());
        start(hook);
    }

    private void onPolicyChange(PolicyState.Change change) {
        // While the state is rebuilt at start, changes are history that was already told.
        if (!policyTopics.isCaughtUp()) {
            return;
        }
        Map<List<String>, List<Pump>> byAgencyAndStream = pumps.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(p -> List.of(p.hook.agency(), p.hook.stream())));
        // Off the policy consumer's thread: notices may read the disclosure log, receivers may be slow.
        Thread.ofVirtual().name("webhook-notices").start(() -> byAgencyAndStream.forEach((key, hooks) ->
                notices.noticesFor(key.get(0), key.get(1), DeliveryMode.WEBHOOK, change).forEach(n -> hooks.forEach(p ->
                        Thread.ofVirtual().name("webhook-notice-" + p.hook.id()).start(() -> sending.notice(p.hook, n))))));
    }

    /** One webhook's delivery loop. */
    private final class Pump {

        private final Webhook hook;
        private final Thread thread;
        /**
         * Guards {@link #running} and {@link #pumping}: once {@link #stop} took it, no cursor is
         * stored, and a reader being closed is never interrupted (Kafka would complain).
         */
        private final ReentrantLock lock = new ReentrantLock();
        private volatile boolean running = true;
        /** While a reader is open and records are delivered: then a stop interrupts it. */
        private boolean pumping;

        Pump(Webhook hook) {
            this.hook = hook;
            this.thread = Thread.ofVirtual().name("webhook-" + hook.id()).start(this::run);
        }

        void stop() {
            lock.lock();
            try {
                running = false;
                if (pumping) { // ends a poll, a back-off wait, a POST, a wait on the disclosure log
                    thread.interrupt();
                }
            } finally {
                lock.unlock();
            }
            LockSupport.unpark(thread); // a pause after a failure
        }

        void await(Duration timeout) {
            try {
                if (!thread.join(timeout)) {
                    LOG.warnf("Webhook %s: delivery did not stop within %s", hook.id(), timeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void run() {
            int failures = 0;
            try {
                while (running) {
                    Instant opened = Instant.now();
                    try {
                        awaitPolicyState();
                        StreamCursor from = webhooks.cursor(hook.id()).orElse(null);
                        if (from == null) {
                            return; // deleted meanwhile
                        }
                        StreamReader opening = delivery.reader(hook.stream(), from);
                        try {
                            if (pumping(true)) {
                                pump(opening);
                            }
                        } finally {
                            pumping(false);
                            Thread.interrupted(); // a stop's interrupt has done its work; closing must not fail on it
                            opening.close();
                        }
                    } catch (InterruptException | InterruptedException e) {
                        // stopped
                    } catch (Exception e) {
                        if (running) {
                            // Nothing after the stored cursor is taken for done: reading again from it loses nothing.
                            failures = opened.isBefore(Instant.now().minus(FAILURES_FORGOTTEN)) ? 1 : failures + 1;
                            Duration pause = PAUSE_AFTER_FAILURE.delay(Math.min(failures, 10), Math.random());
                            LOG.warnf(e, "Webhook %s: delivery failed; again from its stored cursor in %s", hook.id(), pause);
                            LockSupport.parkNanos(pause.toNanos());
                        }
                    }
                }
            } finally {
                pumps.remove(hook.id(), this);
            }
        }

        /** Marks the open reader as being pumped (false when stopped meanwhile), or no longer. */
        private boolean pumping(boolean starts) {
            lock.lock();
            try {
                pumping = starts && running;
                return pumping;
            } finally {
                lock.unlock();
            }
        }

        /** Until the policy state is rebuilt every record would be withheld, and the cursor would pass it. */
        private void awaitPolicyState() throws InterruptedException {
            while (running && !policyTopics.isCaughtUp()) {
                Thread.sleep(100);
            }
        }

        private void pump(StreamReader reader) throws InterruptedException, SQLException {
            StreamCursor stored = reader.cursor();
            while (running) {
                for (FeedEvent event : reader.poll(Duration.ofMillis(250))) {
                    if (!running) {
                        return;
                    }
                    if (sending.deliver(hook, event)) {
                        store(event.cursor());
                        stored = event.cursor();
                    }
                }
                // Past records for others (and undecodable ones) too, once per poll rather than per record.
                if (!reader.cursor().equals(stored)) {
                    stored = reader.cursor();
                    store(stored);
                }
            }
        }

        private void store(StreamCursor cursor) throws SQLException {
            lock.lock();
            try {
                if (running) {
                    webhooks.moveCursor(hook.id(), cursor, Instant.now());
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
