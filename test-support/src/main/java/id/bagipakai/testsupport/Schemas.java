package id.bagipakai.testsupport;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on a service's database as Flyway left it. */
public final class Schemas {

    /** Asserts the Flyway migrations ran successfully up to {@code version} and the tables exist. */
    public static void assertMigrated(DataSource dataSource, String version, String... tables) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
            assertThat(applied).as("applied migrations").isNotEmpty().last().isEqualTo(version);
            for (String table : tables) {
                try (var exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                    exists.setString(1, table);
                    var result = exists.executeQuery();
                    assertThat(result.next() && result.getBoolean(1)).as("table %s", table).isTrue();
                }
            }
        }
    }

    private Schemas() {
    }
}
