package id.bagipakai.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The head of a household's version history: current version and look-up columns. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** Family card (Kartu Keluarga) number; many marginalised households have none. */
    @Column(name = "kk_number")
    public String kkNumber;

    @Column(nullable = false)
    public int version;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
