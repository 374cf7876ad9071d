package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.config.EligibilityConfig;
import id.bagipakai.eligibility.domain.EvaluationState;
import id.bagipakai.eligibility.messaging.HouseholdEventsConsumer;
import id.bagipakai.eligibility.messaging.HouseholdTopicReplay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Starts the service and switches versions. When the stored results were computed with the model
 * and rules in force, a start rebuilds the ranking from them and reads on; otherwise (first start,
 * new versions configured, a switch through the API) it replays the household topic, recomputes
 * every household in full and publishes only what changed. The live reading is stopped meanwhile,
 * and the service is not ready.
 */
@ApplicationScoped
public class EvaluationRuns {

    private static final Logger LOG = Logger.getLogger(EvaluationRuns.class);

    /** A full run: what started it and how it went. */
    public record Run(String modelVersion, String rulesVersion, String trigger, Instant startedAt, Instant finishedAt,
                      ResultEngine.RunCounts counts, String failure) {
        public boolean running() {
            return finishedAt == null;
        }
    }

    /** Another run is under way. */
    public static final class RunInProgress extends RuntimeException {
        RunInProgress() {
            super("a replay is under way; try again when GET /evaluation says it finished");
        }
    }

    @Inject
    EligibilityConfig config;

    @Inject
    id.bagipakai.contracts.Namespace namespace;

    @Inject
    ResultEngine engine;

    @Inject
    HouseholdEventsConsumer consumer;

    private final AtomicReference<Run> current = new AtomicReference<>();
    private volatile boolean stopping;

    void onStart(@Observes StartupEvent start) {
        Evaluation configured = Evaluation.load(config.modelVersion(), config.rulesVersion()); // a bad version fails the start
        Thread thread = Thread.ofPlatform().name("eligibility-start").unstarted(() -> startUp(configured));
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        consumer.stop();
    }

    /** The last run, or null when none ran since this instance started. */
    public Run lastRun() {
        return current.get();
    }

    /** True once the evaluation in force is complete and the household topic is read live. */
    public boolean isLive() {
        Run run = current.get();
        return engine.evaluation() != null && (run == null || !run.running()) && consumer.isAssigned();
    }

    /**
     * Switches to other versions (or recomputes under the same ones): replays the household topic
     * and recomputes, in the background.
     *
     * @throws RunInProgress when a run is under way
     * @throws DefinitionException when a version's file is missing or malformed
     */
    public Run switchTo(String modelVersion, String rulesVersion) {
        Evaluation next = Evaluation.load(modelVersion, rulesVersion);
        Run run = begin(next, "switch");
        Thread thread = Thread.ofPlatform().name("eligibility-run").unstarted(() -> fullRun(next, run));
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        return run;
    }

    private void startUp(Evaluation configured) {
        while (!stopping) {
            try {
                EvaluationState stored = QuarkusTransaction.requiringNew().call(() -> EvaluationState.findById(EvaluationState.ID));
                if (stored != null && stored.modelVersion.equals(configured.modelVersion())
                        && stored.rulesVersion.equals(configured.rulesVersion())) {
                    engine.resume(configured);
                    consumer.start();
                } else {
                    fullRun(configured, begin(configured, "start"));
                }
                return;
            } catch (RunInProgress e) {
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not start evaluating (database, Kafka or Apicurio down?); trying again");
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
            }
        }
    }

    private Run begin(Evaluation next, String trigger) {
        Run run = new Run(next.modelVersion(), next.rulesVersion(), trigger, Instant.now(), null, null, null);
        Run before = current.get();
        if ((before != null && before.running()) || !current.compareAndSet(before, run)) {
            throw new RunInProgress();
        }
        return run;
    }

    private void fullRun(Evaluation next, Run run) {
        consumer.stop();
        try {
            ResultEngine.RunCounts counts = engine.exclusively(() -> {
                var read = HouseholdTopicReplay.readAll(config.kafkaBootstrapServers(), config.apicurioUrl(),
                        namespace.topic(id.bagipakai.contracts.Topics.HOUSEHOLD_EVENTS), engine::storeReplayed);
                ResultEngine.RunCounts c = engine.recompute(next, config.households().batchSize(), read.records());
                QuarkusTransaction.requiringNew().run(() -> {
                    EvaluationState state = EvaluationState.findById(EvaluationState.ID);
                    if (state == null) {
                        state = new EvaluationState();
                    }
                    state.modelVersion = next.modelVersion();
                    state.rulesVersion = next.rulesVersion();
                    state.completedAt = Instant.now();
                    state.persist();
                });
                return c;
            });
            LOG.infof("Evaluated %d households under model %s, rules %s (%s): %d score/desil and %d eligibility changes",
                    counts.households(), next.modelVersion(), next.rulesVersion(), run.trigger(), counts.rankChanges(),
                    counts.eligibilityChanges());
            current.set(new Run(run.modelVersion(), run.rulesVersion(), run.trigger(), run.startedAt(), Instant.now(),
                    counts, null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Evaluation under model %s, rules %s failed", next.modelVersion(), next.rulesVersion());
            current.set(new Run(run.modelVersion(), run.rulesVersion(), run.trigger(), run.startedAt(), Instant.now(),
                    null, String.valueOf(e.getMessage())));
            if (engine.evaluation() == null) {
                throw e; // nothing in force yet: the start retries
            }
        } finally {
            if (!stopping && engine.evaluation() != null) {
                consumer.start();
            }
        }
    }
}
