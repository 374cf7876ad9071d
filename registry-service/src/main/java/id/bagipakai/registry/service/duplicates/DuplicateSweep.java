package id.bagipakai.registry.service.duplicates;

import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.repository.HouseholdRepository;
import id.bagipakai.registry.repository.HouseholdVersionRepository;
import id.bagipakai.registry.service.HouseholdDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The duplicate search for members that arrived in bulk: a survey wave queues its members without
 * NIK (in the batch's transaction), and this sweep scores them once no import is running, a few at
 * a time, so that a large wave is not slowed by similarity search. Single registrations search inline.
 */
@ApplicationScoped
public class DuplicateSweep {

    private static final Logger LOG = Logger.getLogger(DuplicateSweep.class);
    private static final int PER_TRANSACTION = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    DuplicateFinder finder;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdVersionRepository versions;

    @Inject
    HouseholdDocuments documents;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "duplicate-sweep"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger importsRunning = new java.util.concurrent.atomic.AtomicInteger();

    /** Imports have the machine first: the sweep waits until none runs. */
    public void importStarted() {
        importsRunning.incrementAndGet();
    }

    public void importEnded() {
        importsRunning.decrementAndGet();
        wake();
    }

    /** Runs the sweep soon (after an import batch commits); wake-ups coalesce. */
    public void wake() {
        if (queued.compareAndSet(false, true) && !worker.isShutdown()) {
            worker.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        wake();
    }

    void drain() {
        try {
            while (importsRunning.get() == 0
                    && QuarkusTransaction.requiringNew().call(this::checkSome) == PER_TRANSACTION) {
                // more waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Duplicate sweep stopped this round; the queue is kept and retried");
        }
    }

    /** Scores a few queued members and removes them from the queue, in one transaction. */
    private int checkSome() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT member_id, household_id FROM duplicate_check "
                        + "ORDER BY queued_at LIMIT :n FOR UPDATE SKIP LOCKED")
                .setParameter("n", PER_TRANSACTION).getResultList();
        int done = 0;
        for (Object[] row : rows) {
            if (importsRunning.get() > 0) {
                break; // yield to the import; the rest of this round stays queued
            }
            done++;
            UUID member = (UUID) row[0];
            UUID household = (UUID) row[1];
            households.findByIdOptional(household).flatMap(h -> versions.find(household, h.version)).ifPresent(v -> {
                HouseholdDocument document = documents.read(v.document);
                finder.flag(household, document, List.of(member));
            });
            entityManager.createNativeQuery("DELETE FROM duplicate_check WHERE member_id = :m")
                    .setParameter("m", member).executeUpdate();
            // The candidates loaded for scoring need not stay managed: a growing persistence
            // context would be dirty-checked again before every later query.
            entityManager.flush();
            entityManager.clear();
        }
        return done;
    }

    void stop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        worker.shutdownNow();
    }
}
