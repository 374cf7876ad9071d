package id.bagipakai.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An objection (sanggahan) to one programme decision for one household, and its review. */
@Entity
@Table(name = "objection")
public class Objection extends PanacheEntityBase {

    public enum Claim {
        /** The household should receive the programme but was decided ineligible. */
        WRONGLY_EXCLUDED,
        /** The household receives (or would) but should not. */
        WRONGLY_INCLUDED;

        /** The eligibility an upheld objection of this claim sets. */
        public boolean upheldEligibility() {
            return this == WRONGLY_EXCLUDED;
        }
    }

    public enum ObjectorKind { VILLAGE_OFFICER, NGO, PERSON }

    public enum Status { OPEN, UPHELD, REJECTED }

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    /** The household version the objection is about: an upheld one overrides only while it stands. */
    @Column(name = "household_version", nullable = false)
    public int householdVersion;

    @Column(nullable = false)
    public String programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "objector_kind", nullable = false)
    public ObjectorKind objectorKind;

    @Column(name = "objector_name", nullable = false)
    public String objectorName;

    @Column(nullable = false)
    public String grounds;

    @Column(name = "review_queue", nullable = false)
    public String reviewQueue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;
}
