package id.bagipakai.consent.messaging;

import id.bagipakai.commons.outbox.Outbox;
import id.bagipakai.consent.domain.Consent;
import id.bagipakai.consent.domain.ConsentRevision;
import id.bagipakai.contracts.Topics;
import id.bagipakai.contracts.consent.ConsentEntry;
import id.bagipakai.contracts.consent.MemberConsentsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Puts a member's whole consent ledger on the compacted topic, keyed by member id, through the
 * outbox: compaction keeps the latest ledger, which is all the gateway needs. Evidence stays here.
 */
@ApplicationScoped
public class ConsentEvents {

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(UUID memberId, List<Consent> ledger, Consent added, ConsentRevision revision, Instant at) {
        outbox.append(Topics.MEMBER_CONSENTS, memberId.toString(), MemberConsentsChanged.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setMemberId(memberId.toString())
                .setRevision(revision.revision)
                .setRevisionHash(revision.hash)
                .setOccurredAt(at)
                .setChangedConsentId(added.id.toString())
                .setConsents(ledger.stream().map(ConsentEvents::entry).toList())
                .build());
    }

    private static ConsentEntry entry(Consent c) {
        return ConsentEntry.newBuilder()
                .setConsentId(c.id.toString())
                .setAgreementId(c.agreementId == null ? null : c.agreementId.toString())
                .setPurpose(c.purpose == null ? null : c.purpose.name())
                .setState(c.state.name())
                .setGivenAt(c.givenAt)
                .setObjection(c.objection)
                .setGuardianPresent(c.guardianPresent())
                .build();
    }
}
