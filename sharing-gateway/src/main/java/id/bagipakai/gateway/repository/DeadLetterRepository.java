package id.bagipakai.gateway.repository;

import id.bagipakai.gateway.domain.DeadLetter;
import id.bagipakai.gateway.domain.StreamCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhooks' dead letters: where the record lies and what went wrong, never the record. */
@ApplicationScoped
public class DeadLetterRepository {

    private static final String COLUMNS = "id, webhook_id, agreement_id, event_position, event_cursor, event_type,"
            + " attempts, last_status, last_error, failed_at, replayed_at";

    @Inject
    DataSource dataSource;

    public void insert(DeadLetter letter) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO webhook_dead_letter (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            q.setObject(1, letter.id());
            q.setObject(2, letter.webhookId());
            q.setString(3, letter.agreementId());
            q.setString(4, letter.eventPosition());
            q.setString(5, letter.eventCursor().toString());
            q.setString(6, letter.eventType());
            q.setInt(7, letter.attempts());
            if (letter.lastStatus() == null) {
                q.setNull(8, Types.INTEGER);
            } else {
                q.setInt(8, letter.lastStatus());
            }
            q.setString(9, letter.lastError());
            q.setObject(10, WebhookRepository.utc(letter.failedAt()));
            q.setObject(11, WebhookRepository.utc(letter.replayedAt()));
            q.executeUpdate();
        }
    }

    /** The webhook's dead letters, newest first. */
    public List<DeadLetter> ofWebhook(UUID webhookId, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM webhook_dead_letter"
                     + " WHERE webhook_id = ? ORDER BY failed_at DESC, id LIMIT ?")) {
            q.setObject(1, webhookId);
            q.setInt(2, limit);
            return read(q);
        }
    }

    public Optional<DeadLetter> find(UUID webhookId, UUID letterId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM webhook_dead_letter"
                     + " WHERE webhook_id = ? AND id = ?")) {
            q.setObject(1, webhookId);
            q.setObject(2, letterId);
            return read(q).stream().findFirst();
        }
    }

    public void markReplayed(UUID letterId, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE webhook_dead_letter SET replayed_at = ? WHERE id = ?")) {
            q.setObject(1, WebhookRepository.utc(at));
            q.setObject(2, letterId);
            q.executeUpdate();
        }
    }

    private static List<DeadLetter> read(PreparedStatement q) throws SQLException {
        List<DeadLetter> rows = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                OffsetDateTime replayed = rs.getObject(11, OffsetDateTime.class);
                rows.add(new DeadLetter(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), StreamCursor.parse(rs.getString(5)), rs.getString(6), rs.getInt(7),
                        rs.getObject(8, Integer.class), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class).toInstant(),
                        replayed == null ? null : replayed.toInstant()));
            }
        }
        return rows;
    }
}
