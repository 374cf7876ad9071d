package id.bagipakai.gateway.repository;

import id.bagipakai.gateway.domain.StreamCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The cursor each agency last acknowledged on a stream it pulls. */
@ApplicationScoped
public class PullPositionRepository {

    @Inject
    DataSource dataSource;

    public Optional<StreamCursor> acknowledged(String agency, String stream) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT cursor FROM pull_position WHERE agency = ? AND stream = ?")) {
            q.setString(1, agency);
            q.setString(2, stream);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(StreamCursor.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    public void acknowledge(String agency, String stream, StreamCursor cursor, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("INSERT INTO pull_position (agency, stream, cursor, acknowledged_at)"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT (agency, stream)"
                     + " DO UPDATE SET cursor = EXCLUDED.cursor, acknowledged_at = EXCLUDED.acknowledged_at")) {
            q.setString(1, agency);
            q.setString(2, stream);
            q.setString(3, cursor.toString());
            q.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            q.executeUpdate();
        }
    }
}
