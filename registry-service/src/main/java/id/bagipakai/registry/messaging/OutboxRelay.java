package id.bagipakai.registry.messaging;

import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.contracts.EventCodec;
import id.bagipakai.contracts.Topics;
import id.bagipakai.registry.config.RegistryConfig;
import id.bagipakai.registry.domain.OutboxEvent;
import id.bagipakai.registry.repository.ImportJobRepository;
import id.bagipakai.registry.repository.OutboxRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once every send of the batch is
 * acknowledged. A failure rolls the batch back, so it is sent again: delivery is at least once,
 * never lost; consumers recognise a repeat by event id. Woken by each commit; a periodic sweep
 * covers rows left by a crash.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    EventPublisher publisher;

    @Inject
    ImportJobRepository imports;

    @Inject
    RegistryConfig config;

    /** One thread: drains never overlap inside an instance, and wake-ups coalesce. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        // Avro resolves generated classes through the context loader: make it the application's.
        thread.setContextClassLoader(OutboxRelay.class.getClassLoader());
        return thread;
    });
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    void onStart(@Observes StartupEvent start) {
        // Topics as code: the household topic exists with our partitioning before anyone reads it.
        KafkaTopics.ensure(config.kafkaBootstrapServers(), config.householdTopic().partitions(),
                Topics.HOUSEHOLD_EVENTS);
        worker.execute(() -> {
            try {
                publisher.warmUp();
            } catch (RuntimeException e) {
                LOG.warnf(e, "Kafka producer not ready yet; events wait in the outbox and the sweep retries");
            }
        });
        wake();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        wake();
    }

    @Scheduled(every = "${registry.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wake();
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void wake() {
        if (drainQueued.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                drainQueued.set(false);
                drain();
            });
        }
    }

    /** Publishes until the outbox is empty (or another instance holds the relay lock). */
    void drain() {
        try {
            int batchSize = config.outbox().batchSize();
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(() -> publishBatch(batchSize));
            } while (published == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay stopped this round; unpublished events stay in the outbox and are retried");
        }
    }

    private int publishBatch(int batchSize) throws InterruptedException, ExecutionException, TimeoutException {
        if (!outbox.tryRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = outbox.oldest(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            sends.add(publisher.send(row.topic, row.messageKey, EventCodec.decode(row.eventType, row.payload)));
        }
        for (Future<RecordMetadata> send : sends) {
            send.get(30, TimeUnit.SECONDS);
        }
        outbox.deletePublished(batch);
        batch.stream().filter(row -> row.importJobId != null)
                .collect(Collectors.groupingBy(row -> row.importJobId, Collectors.counting()))
                .forEach(imports::addPublished);
        return batch.size();
    }
}
