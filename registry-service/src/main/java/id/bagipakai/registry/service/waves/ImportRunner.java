package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.registry.config.RegistryConfig;
import id.bagipakai.registry.domain.ImportJob;
import id.bagipakai.registry.repository.ImportJobRepository;
import id.bagipakai.registry.service.duplicates.DuplicateSweep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs import jobs one at a time on a background thread: reads the spooled file, prepares rows,
 * and commits them in batches. At start it picks up every job a stop or crash left unfinished and
 * continues after the last committed batch. (One registry instance owns the spool directory.)
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final int ATTEMPTS_PER_BATCH = 3;

    @Inject
    ImportJobRepository jobs;

    @Inject
    RowPreparation preparation;

    @Inject
    ImportBatches batches;

    @Inject
    RegistryConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    DuplicateSweep sweep;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> thread(r, "wave-import"));
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(r -> thread(r, "wave-prepare"));

    private static Thread thread(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setContextClassLoader(ImportRunner.class.getClassLoader()); // Avro finds generated classes through it
        return thread;
    }

    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().call(() -> jobs.unfinished().stream().map(j -> j.id).toList())
                .forEach(this::submit);
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        worker.shutdownNow(); // a job stops between batches and stays RUNNING: the next start resumes it
        preparer.shutdownNow();
        worker.awaitTermination(20, TimeUnit.SECONDS);
    }

    public void submit(UUID jobId) {
        worker.execute(() -> run(jobId));
    }

    /** What the runner needs of a job, read in a short transaction. */
    private record Start(UUID jobId, ImportJob.Format format, Path file, long rowsRead, String reasonPrefix,
                         Map<String, Long> timings) {
    }

    /** One batch handed from the preparing thread to the writing one; {@code rows == null} ends the file. */
    private record Prepared(List<PreparedRow> rows, long read, Instant at, Exception failure) {
    }

    /**
     * Two stages, so the CPU work of the next batch (parsing, validation, encoding) overlaps the
     * database work of this one: a preparing thread reads and prepares batches, this thread commits
     * them in order. The queue holds one batch, which bounds memory.
     */
    private void run(UUID jobId) {
        Start start = QuarkusTransaction.requiringNew().call(() -> begin(jobId));
        if (start == null) {
            return;
        }
        sweep.importStarted();
        Map<String, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        BlockingQueue<Prepared> ready = new ArrayBlockingQueue<>(1);
        Future<?> preparing = preparer.submit(() -> prepare(start, nanos, ready));
        try {
            while (true) {
                Prepared batch = ready.take();
                if (batch.failure() != null) {
                    throw batch.failure();
                }
                if (batch.rows() == null) {
                    break;
                }
                commit(jobId, batch.rows(), batch.read(), start.reasonPrefix(), batch.at(), nanos, start.timings());
            }
            Map<String, Long> timings = millis(start.timings(), nanos);
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, ImportJob.Status.COMPLETED, null, timings));
            Files.deleteIfExists(start.file());
        } catch (InterruptedException e) {
            LOG.infof("Import %s paused; it resumes at the next start", jobId); // status stays RUNNING
        } catch (Exception e) {
            LOG.errorf(e, "Import %s failed", jobId);
            String failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, ImportJob.Status.FAILED, failure, null));
        } finally {
            preparing.cancel(true);
            sweep.importEnded();
        }
    }

    /** The preparing stage: reads the file after the resume point and hands over prepared batches. */
    private void prepare(Start start, Map<String, Long> nanos, BlockingQueue<Prepared> ready) {
        try (RowSource rows = RowSources.open(start.format(), start.file(), json)) {
            long t0 = System.nanoTime();
            rows.skip(start.rowsRead());
            add(nanos, "skip", t0);
            int batchSize = config.waves().batchSize();
            List<PreparedRow> batch = new ArrayList<>(batchSize);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long read = start.rowsRead();
            while (true) {
                long t = System.nanoTime();
                WaveRow row = rows.next();
                add(nanos, "read", t);
                if (row != null) {
                    t = System.nanoTime();
                    String reason = start.reasonPrefix() + row.number() + ImportBatches.refSuffix(row);
                    batch.add(preparation.prepare(row, reason, at, start.jobId()));
                    add(nanos, "prepare", t);
                    read = row.number();
                }
                if (batch.size() == batchSize || row == null && !batch.isEmpty()) {
                    ready.put(new Prepared(List.copyOf(batch), read, at, null));
                    batch.clear();
                    at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                }
                if (row == null) {
                    ready.put(new Prepared(null, read, at, null));
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the writer stopped: nothing more to hand over
        } catch (Exception e) {
            try {
                ready.put(new Prepared(null, 0, null, e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Start begin(UUID jobId) {
        ImportJob job = jobs.findById(jobId);
        if (job == null || job.status == ImportJob.Status.COMPLETED || job.status == ImportJob.Status.FAILED) {
            return null;
        }
        if (job.status == ImportJob.Status.RUNNING) {
            job.resumed++;
            LOG.infof("Resuming import %s after row %d", jobId, job.rowsRead);
        }
        job.status = ImportJob.Status.RUNNING;
        if (job.startedAt == null) {
            job.startedAt = Instant.now();
        }
        return new Start(job.id, job.format, Path.of(job.spoolPath), job.rowsRead,
                "survey wave " + job.wave + " (import " + job.id + ", row ", Map.copyOf(job.timings));
    }

    /** A batch that fails (a NIK taken meanwhile, a lost connection) is tried again from its prepared rows. */
    private void commit(UUID jobId, List<PreparedRow> batch, long read, String reasonPrefix, Instant at,
                        Map<String, Long> nanos, Map<String, Long> before) {
        for (int attempt = 1; ; attempt++) {
            long t = System.nanoTime();
            try {
                batches.commit(jobId, batch, read, reasonPrefix, at, millis(before, nanos));
                add(nanos, "write", t);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS_PER_BATCH) {
                    throw e;
                }
                LOG.warnf(e, "Import %s: batch ending at row %d failed (attempt %d); trying again", jobId, read, attempt);
            }
        }
    }

    /** Time per phase so far: what earlier runs recorded plus this run's, in milliseconds. */
    private static Map<String, Long> millis(Map<String, Long> before, Map<String, Long> nanos) {
        Map<String, Long> millis = new LinkedHashMap<>(before);
        nanos.forEach((phase, ns) -> millis.merge(phase, ns / 1_000_000, Long::sum));
        return millis;
    }

    private void finish(UUID jobId, ImportJob.Status status, String failure, Map<String, Long> timings) {
        ImportJob job = jobs.findById(jobId);
        if (timings != null) {
            job.timings = timings;
        }
        job.status = status;
        job.failure = failure;
        job.finishedAt = Instant.now();
    }

    private static void add(Map<String, Long> nanos, String phase, long since) {
        nanos.merge(phase, System.nanoTime() - since, Long::sum);
    }
}
