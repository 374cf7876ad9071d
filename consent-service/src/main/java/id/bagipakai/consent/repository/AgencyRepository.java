package id.bagipakai.consent.repository;

import id.bagipakai.consent.domain.Agency;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

    public boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name) > 0;
    }

    public boolean clientIdTaken(String clientId) {
        return count("clientId", clientId) > 0;
    }

    public List<Agency> newestFirst(int limit) {
        return find("ORDER BY createdAt DESC").page(0, limit).list();
    }
}
