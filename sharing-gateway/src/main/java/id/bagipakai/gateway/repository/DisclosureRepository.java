package id.bagipakai.gateway.repository;

import id.bagipakai.gateway.domain.Disclosure;
import id.bagipakai.gateway.domain.DisclosureChain;
import id.bagipakai.policy.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The disclosure table: appends in chain order, reads for verification and for "who received". */
@ApplicationScoped
public class DisclosureRepository {

    private static final String COLUMNS = "agreement_id, seq, agency, household_id, member_ids, fields, delivery_path, "
            + "event_type, event_position, disclosed_at, previous_hash, hash";

    @Inject
    DataSource dataSource;

    /**
     * Appends the drafts in one transaction, each at the end of its agreement's chain. A
     * transaction-scoped advisory lock per agreement (taken in a fixed order, so two gateways
     * never deadlock) serialises the appends of every gateway instance to one chain.
     */
    public List<Disclosure> append(List<Disclosure.Draft> drafts) throws SQLException {
        Map<String, List<Disclosure.Draft>> byAgreement = new TreeMap<>();
        drafts.forEach(d -> byAgreement.computeIfAbsent(d.agreementId(), k -> new ArrayList<>()).add(d));
        List<Disclosure> appended = new ArrayList<>(drafts.size());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('disclosure:' || ?))");
                 PreparedStatement last = c.prepareStatement(
                         "SELECT seq, hash FROM disclosure WHERE agreement_id = ? ORDER BY seq DESC LIMIT 1");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO disclosure (" + COLUMNS
                         + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (var chain : byAgreement.entrySet()) {
                    lock.setString(1, chain.getKey());
                    lock.execute();
                    last.setString(1, chain.getKey());
                    long seq = 0;
                    String previous = DisclosureChain.GENESIS;
                    try (ResultSet rs = last.executeQuery()) {
                        if (rs.next()) {
                            seq = rs.getLong(1);
                            previous = rs.getString(2);
                        }
                    }
                    for (Disclosure.Draft draft : chain.getValue()) {
                        Disclosure row = DisclosureChain.link(draft, ++seq, previous);
                        bind(c, insert, row);
                        insert.addBatch();
                        appended.add(row);
                        previous = row.hash();
                    }
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return appended;
    }

    /** Hands the agreement's rows to {@code visitor} in seq order until it returns false. */
    public void walkChain(String agreementId, Predicate<Disclosure> visitor) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // a cursor: the chain is read in pages, not loaded whole
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM disclosure WHERE agreement_id = ? ORDER BY seq")) {
                q.setFetchSize(1000);
                q.setString(1, agreementId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next() && visitor.test(read(rs))) {
                        // the visitor decides
                    }
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Releases that carried this member, newest first. */
    public List<Disclosure> ofMember(String memberId, int limit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM disclosure WHERE member_ids @> ARRAY[?]::text[]"
                + " ORDER BY disclosed_at DESC, seq DESC LIMIT ?", memberId, limit);
    }

    /** Releases of this household's records, newest first. */
    public List<Disclosure> ofHousehold(String householdId, int limit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM disclosure WHERE household_id = ?"
                + " ORDER BY disclosed_at DESC, seq DESC LIMIT ?", householdId, limit);
    }

    /** The households whose events of these types carried this member's data under this agreement. */
    public List<String> householdsDisclosed(String agreementId, String memberId, Collection<String> eventTypes)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT DISTINCT household_id FROM disclosure"
                     + " WHERE agreement_id = ? AND member_ids @> ARRAY[?]::text[] AND event_type = ANY (?)"
                     + " ORDER BY household_id")) {
            q.setString(1, agreementId);
            q.setString(2, memberId);
            q.setArray(3, c.createArrayOf("text", eventTypes.toArray()));
            List<String> households = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    households.add(rs.getString(1));
                }
            }
            return households;
        }
    }

    /**
     * Distinct household and member ids an agency received, by kind; member ids only from events
     * of {@code memberEventTypes}, those whose records show them (a result names no member).
     */
    public Map<String, List<String>> idsDisclosedTo(String agency, Collection<String> memberEventTypes)
            throws SQLException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 'household', household_id FROM disclosure WHERE agency = ?"
                     + " UNION SELECT 'member', unnest(member_ids) FROM disclosure WHERE agency = ?"
                     + " AND event_type = ANY (?)")) {
            q.setString(1, agency);
            q.setString(2, agency);
            q.setArray(3, c.createArrayOf("text", memberEventTypes.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return ids;
    }

    private List<Disclosure> query(String sql, String key, int limit) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, key);
            q.setInt(2, limit);
            List<Disclosure> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                }
            }
            return rows;
        }
    }

    private static void bind(Connection c, PreparedStatement insert, Disclosure row) throws SQLException {
        insert.setString(1, row.agreementId());
        insert.setLong(2, row.seq());
        insert.setString(3, row.agency());
        insert.setString(4, row.householdId());
        insert.setArray(5, c.createArrayOf("text", row.memberIds().toArray()));
        insert.setArray(6, c.createArrayOf("text", row.fields().toArray()));
        insert.setString(7, row.deliveryPath().name());
        insert.setString(8, row.eventType());
        insert.setString(9, row.eventPosition());
        insert.setObject(10, OffsetDateTime.ofInstant(row.disclosedAt(), ZoneOffset.UTC));
        insert.setString(11, row.previousHash());
        insert.setString(12, row.hash());
    }

    private static Disclosure read(ResultSet rs) throws SQLException {
        return new Disclosure(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                List.of((String[]) rs.getArray(5).getArray()), List.of((String[]) rs.getArray(6).getArray()),
                DeliveryMode.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11), rs.getString(12));
    }
}
