package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.ConsentRevision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRevisionRepository implements PanacheRepositoryBase<ConsentRevision, ConsentRevision.Key> {

    public List<ConsentRevision> of(UUID memberId) {
        return list("memberId = ?1 ORDER BY revision", memberId);
    }
}
