package id.bagipakai.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One uploaded file of a survey wave, processed in batches; its counters are the progress. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Format { NDJSON, CSV }

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String wave;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;

    @Column(name = "file_name")
    public String fileName;

    /** Where the upload was spooled; rows are read from here, again after a crash. */
    @Column(name = "spool_path", nullable = false)
    public String spoolPath;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Rows (households) consumed so far; committed with each batch, so it is also the resume point. */
    @Column(name = "rows_read", nullable = false)
    public long rowsRead;

    @Column(nullable = false)
    public long accepted;

    @Column(nullable = false)
    public long rejected;

    /** Accepted updates identical to the current version: they make no version and no event. */
    @Column(nullable = false)
    public long unchanged;

    /** Events of this import the relay has published (written by the relay, read-only here). */
    @Column(nullable = false, insertable = false, updatable = false)
    public long published;

    public String failure;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** How many times the job was picked up again after a restart. */
    @Column(nullable = false)
    public int resumed;

    /** Milliseconds spent per phase (read, validate, write, …), summed over batches. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Long> timings = Map.of();
}
