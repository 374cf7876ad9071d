package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.MemberProfile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberProfileRepository implements PanacheRepositoryBase<MemberProfile, UUID> {

    public List<MemberProfile> ofHousehold(UUID householdId) {
        return list("householdId", householdId);
    }
}
