package id.bagipakai.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.gateway.domain.StreamCursor;
import id.bagipakai.gateway.service.PullService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Pull delivery of a stream ({@code household-events}, {@code eligibility}): pages of released
 * records from a cursor, and an acknowledgement that stores where the agency is on that stream, so
 * that a pull without a cursor goes on from there. Each record is decided when it is pulled,
 * against the policy state of that moment. 404 for a name that is no stream, 403 without its role.
 */
@Path("/agency/streams/{stream}")
@RolesAllowed("${gateway.agency-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyPullResource {

    public record PageView(List<ObjectNode> records, String cursor) {
    }

    public record Acknowledgement(@NotBlank String cursor) {
    }

    @Inject
    PullService pull;

    @Inject
    AgencyStreams streams;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /**
     * @param cursor where to start (a page's {@code cursor}); none: the last acknowledged one
     * @param limit  records per page, 1..500
     * @param waitSeconds with nothing to give, how long to wait for something (0..30)
     */
    @GET
    @Path("/records")
    public PageView records(@PathParam("stream") String name, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") @DefaultValue("100") int limit,
                            @QueryParam("wait") @DefaultValue("0") int waitSeconds) {
        String stream = streams.fromPath(name, identity);
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.badRequest("limit", "must be between 1 and 500");
        }
        if (waitSeconds < 0 || waitSeconds > 30) {
            throw InvalidInputException.badRequest("wait", "must be between 0 and 30 seconds");
        }
        var page = pull.page(token.getClaim("azp"), Set.copyOf(identity.getRoles()), stream,
                cursor == null ? null : parse(cursor, "cursor"), limit, Duration.ofSeconds(waitSeconds));
        return new PageView(page.records(), page.cursor().toString());
    }

    /** Everything before {@code cursor} is in the agency's hands: the next pull without a cursor starts there. */
    @POST
    @Path("/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Acknowledgement acknowledge(@PathParam("stream") String name, @jakarta.validation.Valid
                                       @jakarta.validation.constraints.NotNull Acknowledgement ack) {
        String stream = streams.fromPath(name, identity);
        StreamCursor cursor;
        try {
            cursor = StreamCursor.parse(ack.cursor());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("/cursor", e.getMessage());
        }
        pull.acknowledge(token.getClaim("azp"), stream, cursor);
        return ack;
    }

    private static StreamCursor parse(String text, String parameter) {
        try {
            return StreamCursor.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest(parameter, e.getMessage());
        }
    }
}
