package id.bagipakai.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A partner's finding: a proposed household document with provenance, pending an operator's decision. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    /** What the partner found. */
    public enum Kind { PPKS_PERSON_FOUND, HOUSEHOLD_CHANGED, PERSON_MISSING_FROM_REGISTRY }

    public enum Status { PENDING, VERIFIED, REJECTED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The household the finding changes; null when it proposes a new household. */
    @Column(name = "household_id")
    public UUID householdId;

    /** The proposed HouseholdDocument as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String proposed;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "evidence_reference")
    public String evidenceReference;

    public String note;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "resulting_household")
    public UUID resultingHousehold;

    @Column(name = "resulting_version")
    public Integer resultingVersion;
}
