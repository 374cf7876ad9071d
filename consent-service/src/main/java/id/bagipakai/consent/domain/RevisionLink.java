package id.bagipakai.consent.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One link of a hash chain as stored (see {@link RevisionChain}): the whole state after a change,
 * what changed, and the hashes. Subclasses add what the chain belongs to (the rest of the key).
 */
@MappedSuperclass
public abstract class RevisionLink extends PanacheEntityBase {

    @Id
    public int revision;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public String change;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    public RevisionChain.Link link() {
        return new RevisionChain.Link(revision, state, change, previousHash, hash);
    }
}
