package id.bagipakai.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a survey-wave batch with JDBC batches on the transaction's own connection: the same rows
 * {@code HouseholdService.register} writes (head, version 1, members, outbox), without an entity
 * per row. With {@code reWriteBatchedInserts} each table gets a few multi-row INSERTs per batch.
 */
@ApplicationScoped
public class BulkHouseholdWriter {

    /** A validated new household, ready to store: its document and event already encoded. */
    public record NewHousehold(UUID id, String regionCode, String kkNumber, String document, String reason,
                               List<MemberRow> members, String eventType, byte[] event) {
    }

    public record MemberRow(UUID id, String nik, String name, Integer birthYear, String sex) {
    }

    /** A rejected row of an import, with its field errors as a JSON array. */
    public record RowError(long row, long line, String ref, String errorsJson) {
    }

    @Inject
    EntityManager entityManager;

    public void insert(List<NewHousehold> households, String changedBy, Instant at, String topic, UUID importJobId) {
        if (households.isEmpty()) {
            return;
        }
        Timestamp time = Timestamp.from(at);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement heads = connection.prepareStatement(
                    "INSERT INTO household (id, region_code, kk_number, version, registered_at, updated_at) "
                            + "VALUES (?, ?, ?, 1, ?, ?)")) {
                for (NewHousehold h : households) {
                    heads.setObject(1, h.id());
                    heads.setString(2, h.regionCode());
                    heads.setString(3, h.kkNumber());
                    heads.setTimestamp(4, time);
                    heads.setTimestamp(5, time);
                    heads.addBatch();
                }
                heads.executeBatch();
            }
            try (PreparedStatement versions = connection.prepareStatement(
                    "INSERT INTO household_version (household_id, version, document, changed_by, reason, changed_at) "
                            + "VALUES (?, 1, ?::jsonb, ?, ?, ?)")) {
                for (NewHousehold h : households) {
                    versions.setObject(1, h.id());
                    versions.setString(2, h.document());
                    versions.setString(3, changedBy);
                    versions.setString(4, h.reason());
                    versions.setTimestamp(5, time);
                    versions.addBatch();
                }
                versions.executeBatch();
            }
            insertMembers(connection, households);
            queueDuplicateChecks(connection, households, time);
            try (PreparedStatement outbox = connection.prepareStatement(
                    "INSERT INTO outbox_event (topic, message_key, event_type, payload, created_at, import_job_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")) {
                for (NewHousehold h : households) {
                    outbox.setString(1, topic);
                    outbox.setString(2, h.id().toString());
                    outbox.setString(3, h.eventType());
                    outbox.setBytes(4, h.event());
                    outbox.setTimestamp(5, time);
                    outbox.setObject(6, importJobId);
                    outbox.addBatch();
                }
                outbox.executeBatch();
            }
        });
    }

    private static void insertMembers(Connection connection, List<NewHousehold> households) throws SQLException {
        try (PreparedStatement members = connection.prepareStatement(
                "INSERT INTO member (id, household_id, nik, name, birth_year, sex, active) VALUES (?, ?, ?, ?, ?, ?, TRUE)")) {
            for (NewHousehold h : households) {
                for (MemberRow m : h.members()) {
                    members.setObject(1, m.id());
                    members.setObject(2, h.id());
                    members.setString(3, m.nik());
                    members.setString(4, m.name());
                    if (m.birthYear() == null) {
                        members.setNull(5, Types.INTEGER);
                    } else {
                        members.setInt(5, m.birthYear());
                    }
                    members.setString(6, m.sex());
                    members.addBatch();
                }
            }
            members.executeBatch();
        }
    }

    /** Members without NIK, for the duplicate sweep (see DuplicateSweep). */
    private static void queueDuplicateChecks(Connection connection, List<NewHousehold> households, Timestamp time)
            throws SQLException {
        try (PreparedStatement queue = connection.prepareStatement(
                "INSERT INTO duplicate_check (member_id, household_id, queued_at) VALUES (?, ?, ?)")) {
            int queued = 0;
            for (NewHousehold h : households) {
                for (MemberRow m : h.members()) {
                    if (m.nik() == null) {
                        queue.setObject(1, m.id());
                        queue.setObject(2, h.id());
                        queue.setTimestamp(3, time);
                        queue.addBatch();
                        queued++;
                    }
                }
            }
            if (queued > 0) {
                queue.executeBatch();
            }
        }
    }

    public void insertErrors(UUID importJobId, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO import_row_error (job_id, row_number, line, ref, errors) VALUES (?, ?, ?, ?, ?::jsonb)")) {
                for (RowError e : errors) {
                    insert.setObject(1, importJobId);
                    insert.setLong(2, e.row());
                    insert.setLong(3, e.line());
                    insert.setString(4, e.ref());
                    insert.setString(5, e.errorsJson());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
