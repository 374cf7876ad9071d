package id.bagipakai.registry.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** The rejected rows of an import, read in pages by row number so a large report streams. */
@ApplicationScoped
public class ImportErrorRepository {

    /** One rejected row; {@code errors} is the JSON array of field errors as stored. */
    public record RejectedRow(long row, long line, String ref, String errors) {
    }

    @Inject
    EntityManager entityManager;

    public List<RejectedRow> page(UUID jobId, long afterRow, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT row_number, line, ref, CAST(errors AS TEXT) "
                        + "FROM import_row_error WHERE job_id = :job AND row_number > :after ORDER BY row_number LIMIT :limit")
                .setParameter("job", jobId).setParameter("after", afterRow).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new RejectedRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3])).toList();
    }
}
