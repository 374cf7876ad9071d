package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.HouseholdVersion;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class HouseholdVersionRepository implements PanacheRepository<HouseholdVersion> {

    public Optional<HouseholdVersion> find(UUID householdId, int version) {
        return find("householdId = ?1 AND version = ?2", householdId, version).firstResultOptional();
    }

    public List<HouseholdVersion> history(UUID householdId) {
        return list("householdId = ?1 ORDER BY version", householdId);
    }
}
