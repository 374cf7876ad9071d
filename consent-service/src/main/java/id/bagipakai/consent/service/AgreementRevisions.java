package id.bagipakai.consent.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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

import java.io.UncheckedIOException;
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

    /** Our own writer, not the application's mapper: the hashed text must never change with configuration. */
    private static final ObjectWriter WRITER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writer();

    @Inject
    AgreementRevisionRepository revisions;

    @Inject
    AgreementRepository agreements;

    @Transactional(Transactional.TxType.MANDATORY)
    void append(Agreement a, AgreementTransition t) {
        List<AgreementRevision> chain = revisions.of(a.id);
        AgreementRevision r = new AgreementRevision();
        r.agreementId = a.id;
        r.revision = chain.size() + 1;
        r.state = write(State.of(a));
        r.change = write(new Change(t.from == null ? null : t.from.name(), t.to.name(), t.actor, t.at, t.note));
        r.previousHash = chain.isEmpty() ? RevisionChain.GENESIS : chain.getLast().hash;
        r.hash = RevisionChain.hash(r.previousHash, r.state, r.change);
        revisions.persist(r);
    }

    @Transactional
    public RevisionChain.Verification verify(UUID agreementId) {
        Agreement a = agreements.findByIdOptional(agreementId)
                .orElseThrow(() -> new NotFoundException("No agreement " + agreementId));
        return RevisionChain.verify(revisions.of(agreementId).stream().map(AgreementRevision::link).toList(),
                write(State.of(a)));
    }

    private static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
