package id.bagipakai.gateway.rest;

import id.bagipakai.gateway.policy.Decision;
import id.bagipakai.gateway.service.EnforcementService;
import id.bagipakai.gateway.service.FeedEvent;
import id.bagipakai.gateway.service.HouseholdFeed;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
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

import java.util.Set;

/** An agency's live stream of household events, after the policy decision for each record. */
@Path("/agency/streams/household-events")
@RolesAllowed("${gateway.agency-role}")
public class AgencyStreamResource {

    @Inject
    HouseholdFeed feed;

    @Inject
    EnforcementService enforcement;

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
            Runnable stop = feed.listen(event -> {
                Decision decision = enforcement.decide(agency, roles, event);
                if (decision.recordOrNull() != null) {
                    emitter.emit(toSse(sse, event, decision));
                }
            });
            emitter.onTermination(stop);
            // Sent once listening, so a client that saw it misses nothing published afterwards.
            emitter.emit(sse.newEventBuilder().name("stream-open")
                    .data("{\"stream\":\"" + HouseholdFeed.STREAM + "\"}").build());
        });
    }

    private static OutboundSseEvent toSse(Sse sse, FeedEvent event, Decision decision) {
        return sse.newEventBuilder()
                .id(event.id())
                .name(event.type())
                .data(decision.recordOrNull().toString())
                .build();
    }
}
