package id.bagipakai.registry.messaging;

import id.bagipakai.commons.kafka.KafkaTopics;
import id.bagipakai.commons.outbox.OutboxRelayWorker;
import id.bagipakai.contracts.Namespace;
import id.bagipakai.contracts.Topics;
import id.bagipakai.registry.config.RegistryConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Publishes the registry's outbox ({@link OutboxRelayWorker}): woken by each commit, swept
 * periodically for rows left by a crash. Each survey-wave import counts its published events in
 * the relay's transaction, so "done" means on Kafka.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Arbitrary but fixed: the advisory lock that makes one relay at a time publish, across instances. */
    private static final long RELAY_LOCK = 0x6261676970616b61L;

    @Inject
    DataSource dataSource;

    @Inject
    EventPublisher publisher;

    @Inject
    RegistryConfig config;

    @Inject
    Namespace namespace;

    private OutboxRelayWorker worker;

    void onStart(@Observes StartupEvent start) {
        // Topics as code: the household topic exists with our partitioning before anyone reads it.
        KafkaTopics.ensure(config.kafkaBootstrapServers(), config.householdTopic().partitions(),
                namespace.topic(Topics.HOUSEHOLD_EVENTS));
        worker = new OutboxRelayWorker("outbox-relay", dataSource, namespace, publisher::send, RELAY_LOCK,
                config.outbox().batchSize(), OutboxRelay::countPerImport);
        worker.run(publisher::warmUp);
        worker.wake();
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        worker.wake();
    }

    @Scheduled(every = "${registry.outbox.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (worker != null) {
            worker.wake();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        worker.close();
    }

    /** A plain increment per import job, so it never overwrites the import's own progress. */
    private static void countPerImport(Connection c, Long[] ids) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("""
                UPDATE import_job j SET published = j.published + x.n
                FROM (SELECT import_job_id, count(*) AS n FROM outbox_event
                      WHERE id = ANY(?) AND import_job_id IS NOT NULL GROUP BY import_job_id) x
                WHERE j.id = x.import_job_id""")) {
            count.setArray(1, c.createArrayOf("bigint", ids));
            count.executeUpdate();
        }
    }
}
