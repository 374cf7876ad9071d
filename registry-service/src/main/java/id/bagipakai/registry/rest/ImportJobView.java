package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.ImportJob;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An import's progress: rows read, accepted, rejected (see {@code errorReport}), and events
 * published. {@code done} once every row is decided and every accepted change is on Kafka.
 */
public record ImportJobView(UUID id, String wave, ImportJob.Format format, String fileName, long sizeBytes,
                            ImportJob.Status status, long rowsRead, long accepted, long rejected, long unchanged,
                            long published, boolean done, String failure, String submittedBy, Instant submittedAt,
                            Instant startedAt, Instant finishedAt, int resumed, Map<String, Long> timingsMillis,
                            String errorReport) {

    static ImportJobView of(ImportJob j) {
        boolean done = j.status == ImportJob.Status.COMPLETED && j.published >= j.accepted - j.unchanged;
        return new ImportJobView(j.id, j.wave, j.format, j.fileName, j.sizeBytes, j.status, j.rowsRead, j.accepted,
                j.rejected, j.unchanged, j.published, done, j.failure, j.submittedBy, j.submittedAt, j.startedAt,
                j.finishedAt, j.resumed, j.timings, "/imports/" + j.id + "/errors");
    }
}
