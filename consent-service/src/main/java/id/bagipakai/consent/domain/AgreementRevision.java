package id.bagipakai.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** One link of an agreement's revision chain (see {@link RevisionChain}). */
@Entity
@Table(name = "agreement_revision")
@IdClass(AgreementRevision.Key.class)
public class AgreementRevision extends RevisionLink {

    public record Key(UUID agreementId, int revision) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;
}
