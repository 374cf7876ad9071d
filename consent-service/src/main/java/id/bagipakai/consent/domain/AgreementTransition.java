package id.bagipakai.consent.domain;

import id.bagipakai.policy.AgreementStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of an agreement's status; {@code from} is null for its creation as a DRAFT. */
@Entity
@Table(name = "agreement_transition")
public class AgreementTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AgreementStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AgreementStatus to;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    public String note;
}
