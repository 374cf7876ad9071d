package id.bagipakai.consent.service;

import id.bagipakai.consent.domain.Agreement;
import id.bagipakai.consent.domain.AgreementRevision;
import id.bagipakai.consent.domain.AgreementTransition;
import id.bagipakai.consent.domain.RevisionChain;
import id.bagipakai.consent.repository.AgreementRepository;
import id.bagipakai.consent.repository.AgreementRevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The revision chain of each agreement: appended with every change, verified on demand. */
@ApplicationScoped
public class AgreementRevisions {

    /** The agreement as hashed: every column, in a fixed order. */
    record State(UUID id, UUID agencyId, String reference, String purpose, String legalBasis, List<String> eventTypes,
                 List<String> streams, List<String> fields, List<String> regionScope, List<String> ppksCategories,
                 String accessMode, List<String> deliveryModes, Instant validFrom, Instant validUntil, String retention,
                 String status, String createdBy, Instant createdAt, String submittedBy) {

        static State of(Agreement a) {
            return new State(a.id, a.agencyId, a.reference, a.purpose.name(), a.legalBasis.name(), a.eventTypes,
                    a.streams, a.fields, a.regionScope, a.ppksCategories, a.accessMode.name(), a.deliveryModes,
                    a.validFrom, a.validUntil, a.retention, a.status.name(), a.createdBy, a.createdAt, a.submittedBy);
        }
    }

    record Change(String from, String to, String actor, Instant at, String note) {
    }

    @Inject
    AgreementRevisionRepository revisions;

    @Inject
    AgreementRepository agreements;

    @Transactional(Transactional.TxType.MANDATORY)
    AgreementRevision append(Agreement a, AgreementTransition t) {
        List<AgreementRevision> chain = revisions.of(a.id);
        AgreementRevision r = new AgreementRevision();
        r.agreementId = a.id;
        r.revision = chain.size() + 1;
        r.state = RevisionChain.text(State.of(a));
        r.change = RevisionChain.text(new Change(t.from == null ? null : t.from.name(), t.to.name(), t.actor, t.at, t.note));
        r.previousHash = chain.isEmpty() ? RevisionChain.GENESIS : chain.getLast().hash;
        r.hash = RevisionChain.hash(r.previousHash, r.state, r.change);
        revisions.persist(r);
        return r;
    }

    /** The agreement's latest revision. */
    @Transactional(Transactional.TxType.MANDATORY)
    AgreementRevision latest(UUID agreementId) {
        return revisions.of(agreementId).getLast();
    }

    @Transactional
    public RevisionChain.Verification verify(UUID agreementId) {
        Agreement a = agreements.findByIdOptional(agreementId)
                .orElseThrow(() -> new NotFoundException("No agreement " + agreementId));
        return RevisionChain.verify(revisions.of(agreementId).stream().map(AgreementRevision::link).toList(),
                RevisionChain.text(State.of(a)));
    }
}
