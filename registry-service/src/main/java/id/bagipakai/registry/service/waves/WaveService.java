package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem.FieldError;
import id.bagipakai.registry.config.RegistryConfig;
import id.bagipakai.registry.domain.ImportJob;
import id.bagipakai.registry.domain.SurveyWave;
import id.bagipakai.registry.repository.ImportErrorRepository;
import id.bagipakai.registry.repository.ImportErrorRepository.RejectedRow;
import id.bagipakai.registry.repository.ImportJobRepository;
import id.bagipakai.registry.repository.SurveyWaveRepository;
import id.bagipakai.registry.service.HouseholdDocuments;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Survey waves and their uploads: an upload is spooled to disk, checked, and queued as an import job. */
@ApplicationScoped
public class WaveService {

    @Inject
    SurveyWaveRepository waves;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportErrorRepository errors;

    @Inject
    ImportRunner runner;

    @Inject
    RegistryConfig config;

    @Inject
    ObjectMapper json;

    @Transactional
    public SurveyWave createWave(String code, String name, LocalDate startsOn, LocalDate endsOn, String actor) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("/endsOn", "must not be before startsOn");
        }
        if (waves.findByIdOptional(code).isPresent()) {
            throw new ConflictException("Wave " + code + " already exists",
                    List.of(new FieldError("/code", "is already used")), URI.create("/waves/" + code));
        }
        SurveyWave wave = new SurveyWave();
        wave.code = code;
        wave.name = name;
        wave.startsOn = startsOn;
        wave.endsOn = endsOn;
        wave.createdBy = HouseholdDocuments.actorOf(actor);
        wave.createdAt = Instant.now();
        waves.persist(wave);
        return wave;
    }

    public Optional<SurveyWave> wave(String code) {
        return waves.findByIdOptional(code);
    }

    public List<SurveyWave> waves() {
        return waves.listAll(io.quarkus.panache.common.Sort.by("createdAt"));
    }

    public List<ImportJob> importsOf(String wave) {
        return jobs.ofWave(wave);
    }

    public Optional<ImportJob> job(UUID id) {
        return jobs.findByIdOptional(id);
    }

    /**
     * Spools an upload to disk as it arrives (never whole in memory), checks that it can be read
     * (a CSV's header), and queues it. Row errors do not refuse the upload: they go to the report.
     */
    public ImportJob receive(String waveCode, ImportJob.Format format, String fileName, InputStream body, String actor) {
        if (QuarkusTransaction.requiringNew().call(() -> waves.findByIdOptional(waveCode).isEmpty())) {
            throw new NotFoundException("No survey wave " + waveCode + ": create it with POST /waves first");
        }
        UUID id = UUID.randomUUID();
        Path file = Path.of(config.waves().spoolDirectory()).resolve(id + "." + format.name().toLowerCase());
        long size = spool(body, file);
        if (size == 0) {
            delete(file);
            throw new InvalidInputException("", "the upload is empty");
        }
        if (format == ImportJob.Format.CSV) {
            try (RowSource ignored = RowSources.open(format, file, json)) {
                // the constructor read and checked the header
            } catch (CsvRows.InvalidHeader e) {
                delete(file);
                throw new InvalidInputException(e.errors);
            } catch (IOException e) {
                delete(file);
                throw new InvalidInputException("", "cannot be read as UTF-8 CSV: " + e.getMessage());
            }
        }
        ImportJob job = new ImportJob();
        job.id = id;
        job.wave = waveCode;
        job.format = format;
        job.fileName = fileName;
        job.spoolPath = file.toAbsolutePath().toString();
        job.sizeBytes = size;
        job.status = ImportJob.Status.QUEUED;
        job.submittedBy = HouseholdDocuments.actorOf(actor);
        job.submittedAt = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        runner.submit(id);
        return job;
    }

    /** Queues a FAILED job again; it continues after its last committed batch. */
    public ImportJob resume(UUID id) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob failed = jobs.findByIdOptional(id).orElseThrow(() -> new NotFoundException("No import " + id));
            if (failed.status != ImportJob.Status.FAILED) {
                throw new ConflictException("Import " + id + " is " + failed.status + "; only a failed import is resumed",
                        List.of(new FieldError("/status", "is " + failed.status)), null);
            }
            failed.status = ImportJob.Status.QUEUED;
            failed.failure = null;
            return failed;
        });
        runner.submit(id); // after the commit: the runner reads the job in its own transaction
        return job;
    }

    public List<RejectedRow> rejectedRows(UUID jobId, long afterRow, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> errors.page(jobId, afterRow, limit));
    }

    private static long spool(InputStream body, Path file) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                return body.transferTo(out);
            }
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("Could not store the upload", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover spool file is harmless; the next upload has another name
        }
    }
}
