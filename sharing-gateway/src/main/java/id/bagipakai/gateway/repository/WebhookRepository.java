package id.bagipakai.gateway.repository;

import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.gateway.domain.Webhook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The webhook table: registrations, and each webhook's position in its stream. */
@ApplicationScoped
public class WebhookRepository {

    private static final String COLUMNS = "id, agency, url, secret, cursor, created_at, stream";

    @Inject
    DataSource dataSource;

    public void insert(Webhook hook) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO webhook (" + COLUMNS + ", cursor_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            q.setObject(1, hook.id());
            q.setString(2, hook.agency());
            q.setString(3, hook.url().toString());
            q.setString(4, hook.secret());
            q.setString(5, hook.cursor().toString());
            q.setObject(6, utc(hook.createdAt()));
            q.setString(7, hook.stream());
            q.setObject(8, utc(hook.createdAt()));
            q.executeUpdate();
        }
    }

    public Optional<Webhook> find(UUID id) throws SQLException {
        List<Webhook> found = query("SELECT " + COLUMNS + " FROM webhook WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** The agency's webhooks, oldest first. */
    public List<Webhook> ofAgency(String agency) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM webhook WHERE agency = ? ORDER BY created_at, id", agency);
    }

    public int countOf(String agency) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT count(*) FROM webhook WHERE agency = ?")) {
            q.setString(1, agency);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Every webhook, to start their deliveries at boot. */
    public List<Webhook> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM webhook ORDER BY created_at, id", null);
    }

    public Optional<StreamCursor> cursor(UUID id) throws SQLException {
        return find(id).map(Webhook::cursor);
    }

    public void moveCursor(UUID id, StreamCursor cursor, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("UPDATE webhook SET cursor = ?, cursor_at = ? WHERE id = ?")) {
            q.setString(1, cursor.toString());
            q.setObject(2, utc(at));
            q.setObject(3, id);
            q.executeUpdate();
        }
    }

    /** Removes it and its dead letters; false when there was none. */
    public boolean delete(UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("DELETE FROM webhook WHERE id = ?")) {
            q.setObject(1, id);
            return q.executeUpdate() > 0;
        }
    }

    private List<Webhook> query(String sql, Object key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            if (key != null) {
                q.setObject(1, key);
            }
            List<Webhook> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Webhook(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(7),
                            URI.create(rs.getString(3)),
                            rs.getString(4), StreamCursor.parse(rs.getString(5)),
                            rs.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
            return rows;
        }
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
