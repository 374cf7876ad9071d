package id.bagipakai.registry.repository;

import id.bagipakai.registry.domain.OutboxEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Appends outbox rows; the relay (commons' OutboxRelayWorker) reads and deletes them over JDBC. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {
}
