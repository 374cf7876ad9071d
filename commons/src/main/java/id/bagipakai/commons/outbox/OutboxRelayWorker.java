package id.bagipakai.commons.outbox;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the rows of an {@code outbox_event} table (id, topic, message_key, event_type,
 * payload, origin: the shared DDL in {@code db/outbox}) to Kafka in id order, and deletes them once
 * every send of the batch is acknowledged, in one database transaction. A failure rolls the batch back, so
 * it is sent again: delivery is at least once, never lost; consumers recognise a repeat by event
 * id. A transaction-scoped advisory lock lets one relay at a time publish, across instances,
 * which keeps the outbox order (and so the order per key) on the topics.
 *
 * <p>One thread per worker: drains never overlap inside an instance, and wake-ups coalesce. The
 * service wakes it after each commit that appended rows; the worker also sweeps on its own every
 * poll interval (rows left by a crash, or by another instance that died holding the lock).
 */
public final class OutboxRelayWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);

    /** Sends one stored row (its catalogue topic, key, event type and stored value); the relay waits on the future. */
    @FunctionalInterface
    public interface Sender {
        Future<RecordMetadata> send(String topic, String key, String eventType, byte[] value);
    }

    /** Runs in the relay's transaction after the sends were acknowledged, before the rows go. */
    @FunctionalInterface
    public interface PublishedListener {
        void published(Connection connection, Long[] ids) throws SQLException;
    }

    private final DataSource dataSource;
    private final Sender sender;
    private final long lockId;
    private final int batchSize;
    private final PublishedListener listener;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    /**
     * @param lockId an advisory-lock key of this service's database, fixed across instances
     */
    public OutboxRelayWorker(String name, DataSource dataSource, Sender sender, long lockId, int batchSize,
                             java.time.Duration sweepEvery, PublishedListener listener) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.lockId = lockId;
        this.batchSize = batchSize;
        this.listener = listener;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            // Avro resolves generated classes through the context loader: make it the application's.
            thread.setContextClassLoader(loader);
            return thread;
        });
        long every = Math.max(1, sweepEvery.toMillis());
        worker.scheduleWithFixedDelay(this::wake, every, every, TimeUnit.MILLISECONDS);
    }

    /** Runs a task on the relay's thread (e.g. warming the producer up), logging a failure. */
    public void run(Runnable task) {
        worker.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Outbox relay task failed; events wait in the outbox and the sweep retries");
            }
        });
    }

    /** Asks for a drain; a drain already queued covers this request too. */
    public void wake() {
        if (drainQueued.compareAndSet(false, true) && !worker.isShutdown()) {
            try {
                worker.execute(() -> {
                    drainQueued.set(false);
                    drain();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closing: the next start sweeps what is left
            }
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes until the outbox is empty (or another instance holds the relay lock). */
    void drain() {
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == batchSize);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warnf(e, "Outbox relay stopped this round; unpublished events stay in the outbox and are retried");
        }
    }

    private record Row(long id, String topic, String key, String eventType, byte[] payload) {
    }

    private int publishBatch() throws SQLException, InterruptedException, ExecutionException, TimeoutException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int published = publishBatch(c);
                c.commit();
                return published;
            } catch (SQLException | InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int publishBatch(Connection c) throws SQLException, InterruptedException, ExecutionException,
            TimeoutException {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, lockId);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Row> batch = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, topic, message_key, event_type, payload FROM outbox_event ORDER BY id LIMIT ?")) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5)));
                }
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (Row row : batch) {
            sends.add(sender.send(row.topic(), row.key(), row.eventType(), row.payload()));
        }
        for (Future<RecordMetadata> send : sends) {
            send.get(30, TimeUnit.SECONDS);
        }
        Long[] ids = batch.stream().map(Row::id).toArray(Long[]::new);
        listener.published(c, ids);
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox_event WHERE id = ANY(?)")) {
            delete.setArray(1, c.createArrayOf("bigint", ids));
            delete.executeUpdate();
        }
        return batch.size();
    }
}
