package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.Finding;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    public List<Finding> withStatus(Finding.Status status, int limit) {
        return find("status = ?1 ORDER BY submittedAt", status).page(0, limit).list();
    }
}
