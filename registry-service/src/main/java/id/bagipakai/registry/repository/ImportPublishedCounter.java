package id.bagipakai.registry.repository;

import id.bagipakai.commons.outbox.OutboxPublishedListener;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Counts each survey-wave import's published events in the outbox relay's transaction (the
 * import is the rows' origin), so an import is "done" only once its events are on Kafka. A plain
 * increment, so it never overwrites the import's own progress.
 */
@ApplicationScoped
public class ImportPublishedCounter implements OutboxPublishedListener {

    @Override
    public void published(Connection c, Long[] ids) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("""
                UPDATE import_job j SET published = j.published + x.n
                FROM (SELECT origin, count(*) AS n FROM outbox_event
                      WHERE id = ANY(?) AND origin IS NOT NULL GROUP BY origin) x
                WHERE j.id = x.origin""")) {
            count.setArray(1, c.createArrayOf("bigint", ids));
            count.executeUpdate();
        }
    }
}
