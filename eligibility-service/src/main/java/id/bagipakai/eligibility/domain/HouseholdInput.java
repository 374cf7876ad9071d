package id.bagipakai.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The latest household state read from the registry's topic (see the V2 migration). */
@Entity
@Table(name = "household_input")
public class HouseholdInput extends PanacheEntityBase {

    @Id
    @Column(name = "household_id")
    public UUID householdId;

    @Column(name = "household_version", nullable = false)
    public int householdVersion;

    /** When the registry recorded this version: ages count on its date, so a replay decides alike. */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** Avro single-object encoding of the HouseholdState. */
    @Column(nullable = false)
    public byte[] state;
}
