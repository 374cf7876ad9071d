package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.MemberRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<MemberRecord, UUID> {

    /**
     * Active members of other households in the same regency, born within {@code years} of
     * {@code birthYear} (or of unknown age): the people a new record may duplicate.
     */
    public List<MemberRecord> possibleDuplicates(UUID householdId, String regency, Integer birthYear, int years,
                                                 int limit) {
        String inRegency = "active = true AND regencyCode = ?1 AND householdId <> ?2";
        if (birthYear == null) {
            return find(inRegency, regency, householdId).page(0, limit).list();
        }
        return find(inRegency + " AND (birthYear IS NULL OR birthYear BETWEEN ?3 AND ?4)",
                regency, householdId, birthYear - years, birthYear + years).page(0, limit).list();
    }

    /** Active members of these households. */
    public List<MemberRecord> activeIn(Collection<UUID> householdIds) {
        return householdIds.isEmpty() ? List.of() : list("active = true AND householdId IN ?1", householdIds);
    }

    /** Members already holding any of these NIKs. */
    public List<MemberRecord> withNiks(Collection<String> niks) {
        return niks.isEmpty() ? List.of() : list("nik IN ?1", niks);
    }

    /** Who holds a NIK, for bulk checks. */
    public record NikHolder(String nik, UUID memberId, UUID householdId) {
    }

    /** The holders of any of these NIKs, in one statement (an array parameter, whatever the count). */
    public List<NikHolder> nikHolders(Collection<String> niks) {
        if (niks.isEmpty()) {
            return List.of();
        }
        List<NikHolder> holders = new java.util.ArrayList<>();
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (var query = connection.prepareStatement("SELECT nik, id, household_id FROM member WHERE nik = ANY(?)")) {
                query.setArray(1, connection.createArrayOf("bpchar", niks.toArray()));
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        holders.add(new NikHolder(rows.getString(1), rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class)));
                    }
                }
            }
        });
        return holders;
    }
}
