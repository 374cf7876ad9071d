package id.bagipakai.commons.pg;

import id.bagipakai.testsupport.Stack;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real PostgreSQL: every type BinaryCopy writes arrives as it was given, NULLs included. */
class BinaryCopyIT {

    @Test
    void everyTypeArrivesAsGiven() throws Exception {
        String table = "binary_copy_" + UUID.randomUUID().toString().replace("-", "");
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        byte[] bytes = {0, 1, (byte) 0xC3, (byte) 0xFF, '\t', '\n', '\\'};
        try (var c = DriverManager.getConnection(Stack.jdbcUrl("commons"), Stack.infra().postgresUser(), "")) {
            c.createStatement().execute("CREATE TABLE " + table + " (id UUID, name TEXT, payload BYTEA, n INT, "
                    + "big BIGINT, flag BOOLEAN, at TIMESTAMPTZ, doc JSONB)");
            try {
                BinaryCopy copy = new BinaryCopy(table + " (id, name, payload, n, big, flag, at, doc)", 8);
                copy.row().uuid(id).text("Ni Luh Putu \t Ayu ✓").bytes(bytes).int4(42).int8(1L << 40).bool(true)
                        .timestamp(at).bytes(jsonb("{\"a\": [1, \"x\"]}"));
                copy.row().uuid(null).text(null).bytes(null).int4(null).int8(null).bool(null).timestamp(null).nul();
                copy.copy(c);

                try (var rows = c.createStatement().executeQuery("SELECT id, name, payload, n, big, flag, at, doc->'a'->>1 "
                        + "FROM " + table + " ORDER BY id NULLS LAST")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getObject(1)).isEqualTo(id);
                    assertThat(rows.getString(2)).isEqualTo("Ni Luh Putu \t Ayu ✓");
                    assertThat(rows.getBytes(3)).isEqualTo(bytes);
                    assertThat(rows.getInt(4)).isEqualTo(42);
                    assertThat(rows.getLong(5)).isEqualTo(1L << 40);
                    assertThat(rows.getBoolean(6)).isTrue();
                    assertThat(rows.getTimestamp(7).toInstant()).isEqualTo(at);
                    assertThat(rows.getString(8)).isEqualTo("x");
                    assertThat(rows.next()).isTrue();
                    for (int i = 1; i <= 8; i++) {
                        assertThat(rows.getObject(i)).as("column %d", i).isNull();
                    }
                    assertThat(rows.next()).isFalse();
                }
            } finally {
                c.createStatement().execute("DROP TABLE " + table);
            }
        }
    }

    @Test
    void aRowWithTooFewValuesIsRefusedBeforeAnythingIsSent() {
        BinaryCopy copy = new BinaryCopy("t (a, b)", 2);
        copy.row().text("only one");
        assertThatThrownBy(copy::row).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 values");
    }

    /** JSONB's binary input: a version byte, then the text. */
    private static byte[] jsonb(String json) {
        byte[] text = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 1];
        out[0] = 1;
        System.arraycopy(text, 0, out, 1, text.length);
        return out;
    }
}
