package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.AgreementRevision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementRevisionRepository implements PanacheRepositoryBase<AgreementRevision, AgreementRevision.Key> {

    public List<AgreementRevision> of(UUID agreementId) {
        return list("agreementId = ?1 ORDER BY revision", agreementId);
    }
}
