package id.bagipakai.commons.outbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs in the relay's transaction after the sends of a batch were acknowledged, before its rows
 * are deleted (e.g. the registry counts each survey-wave import's published events). A service
 * provides one as a CDI bean.
 */
public interface OutboxPublishedListener {

    void published(Connection connection, Long[] ids) throws SQLException;
}
