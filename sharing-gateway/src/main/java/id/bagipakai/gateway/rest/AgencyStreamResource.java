package id.bagipakai.gateway.rest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.domain.AgreementGrant;
import id.bagipakai.gateway.service.EnforcementService;
import id.bagipakai.gateway.service.FeedEvent;
import id.bagipakai.gateway.service.HouseholdFeed;
import id.bagipakai.gateway.service.PolicyState;
import id.bagipakai.policy.DeliveryMode;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Set;

/**
 * An agency's live stream of household events: each record once per agreement of the agency
 * that releases it, reduced to what that agreement and the people's consent allow, with the
 * agreement's id. When one of its agreements stops carrying the stream (suspended, revoked,
 * expired, agency suspended), the agency gets an {@code agreement-stopped} notice; nothing more
 * flows under it, since every record is decided against the state at the moment it is sent.
 */
@Path("/agency/streams/household-events")
@RolesAllowed("${gateway.agency-role}")
public class AgencyStreamResource {

    @Inject
    HouseholdFeed feed;

    @Inject
    EnforcementService enforcement;

    @Inject
    PolicyState policy;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        String agency = token.getClaim("azp");
        Set<String> roles = Set.copyOf(identity.getRoles());
        return Multi.createFrom().emitter(emitter -> {
            Runnable stopFeed = feed.listen(event -> {
                for (EnforcementService.Release release : enforcement.decide(agency, roles, DeliveryMode.SSE, event)) {
                    emitter.emit(toSse(sse, event, release));
                }
            });
            Runnable stopNotices = policy.listen(change -> {
                if (change instanceof PolicyState.Change.Agreement a && stopped(agency, a)) {
                    emitter.emit(notice(sse, a.after()));
                }
            });
            emitter.onTermination(() -> {
                stopFeed.run();
                stopNotices.run();
            });
            // Sent once listening, so a client that saw it misses nothing published afterwards.
            emitter.emit(sse.newEventBuilder().name("stream-open")
                    .data("{\"stream\":\"" + HouseholdFeed.STREAM + "\"}").build());
        });
    }

    /** The agency's agreement carried the stream before this change and does not after it. */
    private static boolean stopped(String agency, PolicyState.Change.Agreement change) {
        Instant now = Instant.now();
        return change.after().agencyClientId().equals(agency) && change.before() != null
                && change.before().carries(HouseholdFeed.STREAM, DeliveryMode.SSE, now)
                && !change.after().carries(HouseholdFeed.STREAM, DeliveryMode.SSE, now);
    }

    private static OutboundSseEvent notice(Sse sse, AgreementGrant grant) {
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("agreementId", grant.agreementId())
                .put("status", grant.terms().status().name())
                .put("agencyActive", grant.agencyActive())
                .put("changedAt", grant.changedAt().toString());
        return sse.newEventBuilder().name("agreement-stopped").data(data.toString()).build();
    }

    private static OutboundSseEvent toSse(Sse sse, FeedEvent event, EnforcementService.Release release) {
        return sse.newEventBuilder()
                .id(event.id())
                .name(event.type())
                .data(release.decision().recordOrNull().toString())
                .build();
    }
}
