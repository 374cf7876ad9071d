package id.bagipakai.commons.outbox;

import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.Namespace;
import org.apache.avro.specific.SpecificRecord;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the rows of an {@code outbox_event} table (id, topic, message_key, event_type,
 * payload: see each service's migration) to Kafka in id order, each to its topic in the
 * deployment's {@link Namespace} (rows hold catalogue names), and deletes them once every send of
 * the batch is acknowledged, in one database transaction. A failure rolls the batch back, so
 * it is sent again: delivery is at least once, never lost; consumers recognise a repeat by event
 * id. A transaction-scoped advisory lock lets one relay at a time publish, across instances,
 * which keeps the outbox order (and so the order per key) on the topics.
 *
 * <p>One thread per worker: drains never overlap inside an instance, and wake-ups coalesce. The
 * service wakes it after each commit that appended rows and on a periodic sweep (rows left by a
 * crash).
 */
public final class OutboxRelayWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);

    /** Sends one event; the relay waits on the returned future. */
    @FunctionalInterface
    public interface Sender {
        Future<RecordMetadata> send(String topic, String key, SpecificRecord event);
    }

    /** Runs in the relay's transaction after the sends were acknowledged, before the rows go. */
    @FunctionalInterface
    public interface PublishedListener {
        void published(Connection connection, Long[] ids) throws SQLException;
    }

    private final DataSource dataSource;
    private final Namespace namespace;
    private final Sender sender;
    private final long lockId;
    private final int batchSize;
    private final PublishedListener listener;
    private final ExecutorService worker;
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    /**
     * @param namespace where the rows' topics (catalogue names, {@link id.bagipakai.contracts.Topics}) live
     * @param lockId    an advisory-lock key of this service's database, fixed across instances
     */
    public OutboxRelayWorker(String name, DataSource dataSource, Namespace namespace, Sender sender, long lockId,
                             int batchSize, PublishedListener listener) {
        this.dataSource = dataSource;
        this.namespace = namespace;
        this.sender = sender;
        this.lockId = lockId;
        this.batchSize = batchSize;
        this.listener = listener;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            // Avro resolves generated classes through the context loader: make it the application's.
            thread.setContextClassLoader(loader);
            return thread;
        });
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
            worker.execute(() -> {
                drainQueued.set(false);
                drain();
            });
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
            sends.add(sender.send(namespace.topic(row.topic()), row.key(), EventCodec.decode(row.eventType(), row.payload())));
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
