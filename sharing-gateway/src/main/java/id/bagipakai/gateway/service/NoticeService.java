package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.gateway.domain.Streams;
import id.bagipakai.gateway.domain.Withdrawals;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.gateway.repository.DisclosureRepository;
import id.bagipakai.policy.AccessMode;
import id.bagipakai.policy.DeliveryMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a policy change means for an agency on one delivery path: {@code agreement-stopped} when
 * one of its agreements stops carrying the stream there, {@code consent-withdrawn} when a person
 * whose data it received under an agreement withdraws, refuses or objects (so that it stops
 * using that data). A person whose data it never received is not named to it.
 */
@ApplicationScoped
public class NoticeService {

    private static final Logger LOG = Logger.getLogger(NoticeService.class);

    /** {@code id} is stable for the same change, so a receiver can drop a repeat. */
    public record Notice(String id, String name, ObjectNode data) {
    }

    @Inject
    PolicyState policy;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    Pseudonymiser pseudonymiser;

    /** May read the disclosure log: call it off the policy consumer's thread. */
    public List<Notice> noticesFor(String agency, DeliveryMode mode, PolicyState.Change change) {
        Instant now = Instant.now();
        List<Notice> notices = new ArrayList<>();
        switch (change) {
            case PolicyState.Change.Agreement a -> {
                if (a.after().agencyClientId().equals(agency) && a.before() != null
                        && a.before().carries(Streams.HOUSEHOLD_EVENTS, mode, now)
                        && !a.after().carries(Streams.HOUSEHOLD_EVENTS, mode, now)) {
                    notices.add(new Notice("agreement-stopped:" + a.after().agreementId() + ":" + a.after().revision(),
                            "agreement-stopped", JsonNodeFactory.instance.objectNode()
                            .put("agreementId", a.after().agreementId())
                            .put("status", a.after().terms().status().name())
                            .put("agencyActive", a.after().agencyActive())
                            .put("changedAt", a.after().changedAt().toString())));
                }
            }
            case PolicyState.Change.Consents c -> {
                for (AgreementGrant grant : policy.agreementsOf(agency)) {
                    if (Withdrawals.withdrawsFrom(c.before(), c.after(), grant.terms()) && received(grant, c.memberId())) {
                        String member = grant.terms().accessMode() == AccessMode.IDENTIFIED ? c.memberId()
                                : pseudonymiser.current(agency, Pseudonymiser.MEMBER, c.memberId());
                        notices.add(new Notice("consent-withdrawn:" + grant.agreementId() + ":" + member + ":"
                                + c.after().records().size(), "consent-withdrawn", JsonNodeFactory.instance.objectNode()
                                .put("agreementId", grant.agreementId())
                                .put("memberId", member)
                                .put("noticedAt", now.toString())));
                    }
                }
            }
        }
        return notices;
    }

    private boolean received(AgreementGrant grant, String memberId) {
        try {
            return disclosures.wasDisclosed(grant.agreementId(), memberId);
        } catch (SQLException e) {
            // Unknown: naming the person to an agency that may never have had their data would disclose it.
            LOG.errorf(e, "Could not check disclosures of %s under %s; no notice sent", memberId, grant.agreementId());
            return false;
        }
    }
}
