package id.bagipakai.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The one row saying which model and rule set the stored results were last computed with in full. */
@Entity
@Table(name = "evaluation_state")
public class EvaluationState extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public short id = ID;

    @Column(name = "model_version", nullable = false)
    public String modelVersion;

    @Column(name = "rules_version", nullable = false)
    public String rulesVersion;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;
}
