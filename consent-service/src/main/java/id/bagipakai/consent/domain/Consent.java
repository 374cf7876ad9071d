package id.bagipakai.consent.domain;

import id.bagipakai.policy.ConsentRecord;
import id.bagipakai.policy.ConsentScope;
import id.bagipakai.policy.ConsentState;
import id.bagipakai.policy.Purpose;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One answer of one person, never edited: a withdrawal or a changed mind is a new record in the
 * same scope (one agreement, or every agreement of one purpose).
 */
@Entity
@Table(name = "consent")
public class Consent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    /** Set when the answer is about one agreement; otherwise {@link #purpose} is. */
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentState state;

    /** The person objects to processing on a public-task or legitimate-interest basis in this scope. */
    @Column(nullable = false)
    public boolean objection;

    /** When the person answered (the form's date), which may precede its recording. */
    @Column(name = "given_at", nullable = false)
    public Instant givenAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentChannel channel;

    public String witness;

    @Column(name = "document_reference")
    public String documentReference;

    @Column(name = "guardian_name")
    public String guardianName;

    @Column(name = "guardian_relationship")
    public String guardianRelationship;

    @Column(name = "guardian_document_reference")
    public String guardianDocumentReference;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public boolean guardianPresent() {
        return guardianName != null;
    }

    /** The answer as the sharing decision reads it. */
    public ConsentRecord policyRecord() {
        ConsentScope scope = agreementId != null ? new ConsentScope.OfAgreement(agreementId.toString())
                : new ConsentScope.OfPurpose(purpose);
        return new ConsentRecord(id.toString(), memberId.toString(), scope, state, givenAt, objection, guardianPresent());
    }
}
