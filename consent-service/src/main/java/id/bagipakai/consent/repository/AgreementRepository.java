package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.Agreement;
import id.bagipakai.policy.AgreementStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    public List<Agreement> ofAgency(UUID agencyId, Collection<AgreementStatus> statuses) {
        return list("agencyId = ?1 AND status IN ?2", agencyId, statuses);
    }

    public List<Agreement> newestFirst(UUID agencyId, int limit) {
        return agencyId == null ? find("ORDER BY createdAt DESC").page(0, limit).list()
                : find("agencyId = ?1 ORDER BY createdAt DESC", agencyId).page(0, limit).list();
    }

    /** Agreements past their end that can still expire (the partial index covers this). */
    public List<UUID> dueToExpire(Instant now, int limit) {
        return getEntityManager()
                .createQuery("SELECT a.id FROM Agreement a WHERE a.validUntil <= :now AND a.status IN :statuses"
                        + " ORDER BY a.validUntil", UUID.class)
                .setParameter("now", now)
                .setParameter("statuses", List.of(AgreementStatus.APPROVED, AgreementStatus.ACTIVE, AgreementStatus.SUSPENDED))
                .setMaxResults(limit).getResultList();
    }
}
