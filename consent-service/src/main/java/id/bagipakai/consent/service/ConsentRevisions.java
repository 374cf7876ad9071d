package id.bagipakai.consent.service;

import id.bagipakai.consent.domain.Consent;
import id.bagipakai.consent.domain.ConsentRevision;
import id.bagipakai.consent.domain.RevisionChain;
import id.bagipakai.consent.repository.ConsentRepository;
import id.bagipakai.consent.repository.ConsentRevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The revision chain of each member's consent ledger. A revision's state is the whole ledger
 * after the change (every column of every record), so verifying the chain and comparing its last
 * state with the rows now checks every consent the member ever gave.
 */
@ApplicationScoped
public class ConsentRevisions {

    /** One consent as hashed: every column, in a fixed order. */
    record Entry(UUID id, UUID memberId, UUID agreementId, String purpose, String state, boolean objection,
                 Instant givenAt, String channel, String witness, String documentReference, String guardianName,
                 String guardianRelationship, String guardianDocumentReference, String note, String recordedBy,
                 Instant recordedAt) {

        static Entry of(Consent c) {
            return new Entry(c.id, c.memberId, c.agreementId, c.purpose == null ? null : c.purpose.name(),
                    c.state.name(), c.objection, c.givenAt, c.channel.name(), c.witness, c.documentReference,
                    c.guardianName, c.guardianRelationship, c.guardianDocumentReference, c.note, c.recordedBy,
                    c.recordedAt);
        }
    }

    record Change(UUID consentId, String state, String recordedBy, Instant recordedAt) {
    }

    @Inject
    ConsentRevisionRepository revisions;

    @Inject
    ConsentRepository consents;

    /** @param ledger the member's consents after the change, in recording order */
    @Transactional(Transactional.TxType.MANDATORY)
    ConsentRevision append(UUID memberId, List<Consent> ledger, Consent added) {
        List<ConsentRevision> chain = revisions.of(memberId);
        ConsentRevision r = new ConsentRevision();
        r.memberId = memberId;
        r.revision = chain.size() + 1;
        r.state = state(ledger);
        r.change = RevisionChain.text(new Change(added.id, added.state.name(), added.recordedBy, added.recordedAt));
        r.previousHash = chain.isEmpty() ? RevisionChain.GENESIS : chain.getLast().hash;
        r.hash = RevisionChain.hash(r.previousHash, r.state, r.change);
        revisions.persist(r);
        return r;
    }

    /** An empty ledger with no revision is intact: a member who never answered has nothing to verify. */
    @Transactional
    public RevisionChain.Verification verify(UUID memberId) {
        List<ConsentRevision> chain = revisions.of(memberId);
        List<Consent> ledger = consents.ofMember(memberId);
        if (chain.isEmpty() && ledger.isEmpty()) {
            return new RevisionChain.Verification(true, 0, null, null);
        }
        return RevisionChain.verify(chain.stream().map(ConsentRevision::link).toList(), state(ledger));
    }

    private static String state(List<Consent> ledger) {
        return RevisionChain.text(ledger.stream().map(Entry::of).toList());
    }
}
