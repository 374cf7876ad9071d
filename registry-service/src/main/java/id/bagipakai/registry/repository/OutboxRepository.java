package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.OutboxEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** Arbitrary but fixed: the advisory lock that makes one relay at a time publish, across instances. */
    private static final long RELAY_LOCK = 0x6261676970616b61L;

    /**
     * Takes the relay lock for the current transaction. Only one relay publishing at a time keeps
     * the outbox order (and so the per-household order) on the topic.
     */
    public boolean tryRelayLock() {
        return (Boolean) getEntityManager()
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
    }

    public List<OutboxEvent> oldest(int limit) {
        return find("ORDER BY id").page(0, limit).list();
    }

    public void deletePublished(List<OutboxEvent> published) {
        delete("id IN ?1", published.stream().map(e -> e.id).toList());
    }
}
