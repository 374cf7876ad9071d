package id.bagipakai.gateway.rest;

import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.gateway.messaging.PolicyTopicsConsumer;
import id.bagipakai.gateway.service.PolicyState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Set;

/** For operators: what the gateway currently believes about agreements (to compare with consent-service). */
@Path("/operator/policy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class OperatorPolicyResource {

    public record AgreementView(String agreementId, String agencyClientId, boolean agencyActive, String status,
                                int revision, Instant changedAt, Set<String> streams, boolean inForceNow) {
    }

    public record StateView(boolean caughtUp) {
    }

    public record LedgerView(String memberId, int revision) {
    }

    @Inject
    PolicyState state;

    @Inject
    PolicyTopicsConsumer topics;

    @GET
    public StateView state() {
        return new StateView(topics.isCaughtUp());
    }

    /** Which revision of the member's consent ledger the gateway decides with (answers stay in consent-service). */
    @GET
    @Path("/members/{memberId}")
    public LedgerView ledger(@PathParam("memberId") String memberId) {
        return state.ledgerRevision(memberId).stream().mapToObj(r -> new LedgerView(memberId, r)).findFirst()
                .orElseThrow(() -> new NotFoundException("The gateway knows no consent of member " + memberId));
    }

    @GET
    @Path("/agreements/{id}")
    public AgreementView agreement(@PathParam("id") String id) {
        AgreementGrant g = state.agreement(id);
        if (g == null) {
            throw new NotFoundException("The gateway knows no agreement " + id);
        }
        return new AgreementView(g.agreementId(), g.agencyClientId(), g.agencyActive(), g.terms().status().name(),
                g.revision(), g.changedAt(), g.streams(), g.agencyActive() && g.terms().inForceAt(Instant.now()));
    }
}
