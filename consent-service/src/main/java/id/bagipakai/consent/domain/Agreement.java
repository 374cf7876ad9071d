package id.bagipakai.consent.domain;

import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.policy.LegalBasis;
import id.bagipakai.policy.Purpose;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.bagipakai.contracts.codes.Ppks;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;

/** A data-sharing agreement (PKS): what an agency may receive, why, where, how and for how long. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    /** The PKS's own number or title, for people; optional. */
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    /** Avro record names of the events covered (HouseholdRegistered, …). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> streams;

    /** JSON pointers into the household state ({@code *} for every array element). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> fields;

    /** Region-code prefixes (province, regency, district or village). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "region_scope", nullable = false)
    public List<String> regionScope;

    /** PPKS category names; empty when the agreement is not about PPKS. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ppks_categories", nullable = false)
    public List<String> ppksCategories;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_mode", nullable = false)
    public AccessMode accessMode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "delivery_modes", nullable = false)
    public List<String> deliveryModes;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    /** How long the agency may keep what it received: an ISO-8601 period (P90D, P2Y). */
    @Column(nullable = false)
    public String retention;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The agreement as the sharing decision reads it. */
    public id.bagipakai.policy.AgreementTerms policyTerms() {
        Set<Ppks> categories = EnumSet.noneOf(Ppks.class);
        ppksCategories.forEach(p -> categories.add(Ppks.valueOf(p)));
        return new id.bagipakai.policy.AgreementTerms(id.toString(), agencyId.toString(), status, purpose, legalBasis,
                Set.copyOf(eventTypes), Set.copyOf(fields), Set.copyOf(regionScope), categories, accessMode,
                validFrom, validUntil);
    }

    /** Past its end, an agreement that could still carry data expires. */
    public boolean isDueToExpire(Instant now) {
        return !now.isBefore(validUntil) && status.canMoveTo(AgreementStatus.EXPIRED);
    }
}
