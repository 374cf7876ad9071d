package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.MemberRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<MemberRecord, UUID> {

    /** Members already holding any of these NIKs. */
    public List<MemberRecord> withNiks(Collection<String> niks) {
        return niks.isEmpty() ? List.of() : list("nik IN ?1", niks);
    }
}
