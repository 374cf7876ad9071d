package id.bagipakai.registry.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The region table: bulk-loaded with COPY, read whole into memory by the catalog. */
@ApplicationScoped
public class RegionRepository {

    /** Serialises loads across instances starting at once. */
    private static final long LOAD_LOCK = 0x726567696f6e73L;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Replaces the table's content with {@code csv} ({@code code,level,name} with a header) unless
     * it already holds the file with this checksum. Returns the number of rows now in the table.
     */
    public int replaceIfChanged(String checksum, java.util.function.Supplier<Reader> csv) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOAD_LOCK);
                lock.execute();
            }
            Optional<Integer> loaded = loadedRows(connection, checksum);
            if (loaded.isPresent()) {
                connection.commit();
                return loaded.get();
            }
            try (var clear = connection.createStatement()) {
                clear.execute("DELETE FROM region");
            }
            long rows;
            try (Reader reader = csv.get()) {
                rows = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY region (code, level, name) FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            try (var mark = connection.prepareStatement("""
                    INSERT INTO region_dataset (id, checksum, row_count, loaded_at) VALUES (1, ?, ?, now())
                    ON CONFLICT (id) DO UPDATE SET checksum = excluded.checksum, row_count = excluded.row_count,
                        loaded_at = excluded.loaded_at""")) {
                mark.setString(1, checksum);
                mark.setInt(2, (int) rows);
                mark.executeUpdate();
            }
            connection.commit();
            return (int) rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the region table", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<String> allCodes() {
        Set<String> codes = new HashSet<>(128_000);
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT code FROM region")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the region table", e);
        }
    }

    private static Optional<Integer> loadedRows(Connection connection, String checksum) throws SQLException {
        try (var query = connection.prepareStatement("SELECT row_count FROM region_dataset WHERE id = 1 AND checksum = ?")) {
            query.setString(1, checksum);
            var result = query.executeQuery();
            return result.next() ? Optional.of(result.getInt(1)) : Optional.empty();
        }
    }
}
