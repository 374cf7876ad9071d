package id.bagipakai.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** One link of a member's consent-ledger chain (see {@link RevisionChain}). */
@Entity
@Table(name = "consent_revision")
@IdClass(ConsentRevision.Key.class)
public class ConsentRevision extends RevisionLink {

    public record Key(UUID memberId, int revision) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "member_id")
    public UUID memberId;
}
