package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.contracts.Streams;
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
 * What a policy change means for an agency on one stream and delivery path: {@code agreement-stopped}
 * when one of its agreements stops carrying the stream there, {@code consent-withdrawn} when a
 * person whose data it received on the stream under an agreement withdraws, refuses or objects (so
 * that it stops using that data). A person whose data it never received is not named to it; on the
 * eligibility stream, whose results name no member, the notice names each household whose results
 * rest on the person's data instead.
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
    public List<Notice> noticesFor(String agency, String stream, DeliveryMode mode, PolicyState.Change change) {
        Instant now = Instant.now();
        List<Notice> notices = new ArrayList<>();
        switch (change) {
            case PolicyState.Change.Agreement a -> {
                if (a.after().agencyClientId().equals(agency) && a.before() != null
                        && a.before().carries(stream, mode, now) && !a.after().carries(stream, mode, now)) {
                    notices.add(new Notice("agreement-stopped:" + a.after().agreementId() + ":" + a.after().revision(),
                            "agreement-stopped", JsonNodeFactory.instance.objectNode()
                            .put("agreementId", a.after().agreementId())
                            .put("stream", stream)
                            .put("status", a.after().terms().status().name())
                            .put("agencyActive", a.after().agencyActive())
                            .put("changedAt", a.after().changedAt().toString())));
                }
            }
            case PolicyState.Change.Consents c -> {
                for (AgreementGrant grant : policy.agreementsOf(agency)) {
                    if (!grant.streams().contains(stream)
                            || !Withdrawals.withdrawsFrom(c.before(), c.after(), grant.terms())) {
                        continue;
                    }
                    int size = c.after().records().size();
                    if (Streams.ELIGIBILITY.equals(stream)) {
                        // A result names no member: the agency is told which households' results rest on the person.
                        for (String household : received(grant, c.memberId(), stream)) {
                            String shown = shown(grant, agency, Pseudonymiser.HOUSEHOLD, household);
                            notices.add(new Notice("consent-withdrawn:" + grant.agreementId() + ":" + shown + ":" + size,
                                    "consent-withdrawn", JsonNodeFactory.instance.objectNode()
                                    .put("agreementId", grant.agreementId())
                                    .put("householdId", shown)
                                    .put("noticedAt", now.toString())));
                        }
                    } else if (!received(grant, c.memberId(), stream).isEmpty()) {
                        String member = shown(grant, agency, Pseudonymiser.MEMBER, c.memberId());
                        notices.add(new Notice("consent-withdrawn:" + grant.agreementId() + ":" + member + ":" + size,
                                "consent-withdrawn", JsonNodeFactory.instance.objectNode()
                                .put("agreementId", grant.agreementId())
                                .put("memberId", member)
                                .put("noticedAt", now.toString())));
                    }
                }
            }
        }
        return notices;
    }

    /**
     * True when none of the agency's agreements carries the stream on this delivery path any more
     * (after an {@code agreement-stopped} notice): a live stream then ends with {@link #streamClosed}.
     */
    public boolean nothingInForce(String agency, String stream, DeliveryMode mode) {
        Instant now = Instant.now();
        return policy.agreementsOf(agency).stream().noneMatch(g -> g.carries(stream, mode, now));
    }

    /** The last event of a stream that ends because no agreement of the agency carries it any more. */
    public Notice streamClosed(String stream) {
        return new Notice("stream-closed:" + stream, "stream-closed", JsonNodeFactory.instance.objectNode()
                .put("stream", stream)
                .put("reason", "NO_AGREEMENT_IN_FORCE")
                .put("detail", "No agreement of this agency carries the stream " + stream
                        + " any more; a new one must be approved before the stream can be opened again.")
                .put("closedAt", Instant.now().toString()));
    }

    private String shown(AgreementGrant grant, String agency, String kind, String id) {
        return grant.terms().accessMode() == AccessMode.IDENTIFIED ? id : pseudonymiser.current(agency, kind, id);
    }

    /** The households whose records of this stream carried the member's data to the agency under the agreement. */
    private List<String> received(AgreementGrant grant, String memberId, String stream) {
        try {
            return disclosures.householdsDisclosed(grant.agreementId(), memberId, Streams.eventTypesOf(stream));
        } catch (SQLException e) {
            // Unknown: naming the person to an agency that may never have had their data would disclose it.
            LOG.errorf(e, "Could not check disclosures of %s under %s; no notice sent", memberId, grant.agreementId());
            return List.of();
        }
    }
}
