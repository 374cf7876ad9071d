package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.AgreementTransition;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementTransitionRepository implements PanacheRepositoryBase<AgreementTransition, Long> {

    public List<AgreementTransition> of(UUID agreementId) {
        return list("agreementId = ?1 ORDER BY id", agreementId);
    }
}
