package id.bagipakai.consent.messaging;

import id.bagipakai.commons.outbox.Outbox;
import id.bagipakai.consent.domain.Agency;
import id.bagipakai.consent.domain.AgencyStatus;
import id.bagipakai.consent.domain.Agreement;
import id.bagipakai.consent.domain.AgreementRevision;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.consent.AgreementChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Puts an agreement's whole state on the compacted agreements topic, through the outbox. */
@ApplicationScoped
public class AgreementEvents {

    @Inject
    Outbox outbox;

    /**
     * @param revision the agreement's latest revision (an agency's suspension republishes the
     *     agreement unchanged, under the revision it has)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Agreement a, Agency agency, AgreementRevision revision, String change, String actor,
                        Instant at) {
        outbox.append(Topics.AGREEMENTS, a.id.toString(), AgreementChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setAgreementId(a.id.toString())
                .setRevision(revision.revision)
                .setRevisionHash(revision.hash)
                .setOccurredAt(at)
                .setAgencyId(agency.id.toString())
                .setAgencyClientId(agency.clientId)
                .setAgencyActive(agency.status == AgencyStatus.ACTIVE)
                .setReference(a.reference)
                .setPurpose(a.purpose.name())
                .setLegalBasis(a.legalBasis.name())
                .setStatus(a.status.name())
                .setEventTypes(a.eventTypes)
                .setStreams(a.streams)
                .setFields(a.fields)
                .setRegionScope(a.regionScope)
                .setPpksCategories(a.ppksCategories)
                .setAccessMode(a.accessMode.name())
                .setDeliveryModes(a.deliveryModes)
                .setValidFrom(a.validFrom)
                .setValidUntil(a.validUntil)
                .setRetention(a.retention)
                .setChange(change)
                .setChangedBy(actor)
                .build());
    }
}
