package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.DuplicateCandidate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DuplicateCandidateRepository implements PanacheRepositoryBase<DuplicateCandidate, UUID> {

    public List<DuplicateCandidate> withStatus(DuplicateCandidate.Status status, UUID memberId, int limit) {
        return memberId == null
                ? find("status = ?1 ORDER BY createdAt", status).page(0, limit).list()
                : find("status = ?1 AND memberId = ?2 ORDER BY createdAt", status, memberId).page(0, limit).list();
    }
}
