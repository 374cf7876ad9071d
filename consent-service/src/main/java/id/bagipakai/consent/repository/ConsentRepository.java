package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.Consent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    /** The member's ledger in the order it was recorded. */
    public List<Consent> ofMember(UUID memberId) {
        return list("memberId = ?1 ORDER BY recordedAt, id", memberId);
    }
}
