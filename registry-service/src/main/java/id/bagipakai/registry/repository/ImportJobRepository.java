package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.ImportJob;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    /** Jobs a stop or crash left unfinished, oldest first. */
    public List<ImportJob> unfinished() {
        return list("status IN ?1 ORDER BY submittedAt", List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING));
    }

    public List<ImportJob> ofWave(String wave) {
        return list("wave = ?1 ORDER BY submittedAt", wave);
    }
}
