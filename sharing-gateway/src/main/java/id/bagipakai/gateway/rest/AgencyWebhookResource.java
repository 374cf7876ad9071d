package id.bagipakai.gateway.rest;

import id.bagipakai.commons.problem.ConflictException;
import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.gateway.domain.DeadLetter;
import id.bagipakai.gateway.domain.StartingPoint;
import id.bagipakai.contracts.Streams;
import id.bagipakai.gateway.domain.Webhook;
import id.bagipakai.gateway.domain.WebhookUrl;
import id.bagipakai.gateway.service.WebhookDelivery;
import id.bagipakai.gateway.service.WebhookService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An agency's webhooks, each for one stream ({@code household-events} unless the registration
 * names another; 422 for a name that is no stream, 403 without its role): each released record of
 * it is POSTed to the URL,
 * signed ({@code Bagipakai-Signature}), retried with back-off, and parked as a dead letter when
 * the receiver keeps refusing it; dead letters can be replayed, and a webhook rewound to a cursor.
 * The agency is the token's {@code azp}; another agency's webhook is answered 404.
 */
@Path("/agency/webhooks")
@RolesAllowed("${gateway.agency-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyWebhookResource {

    /**
     * @param from   {@code now} (default), {@code earliest}, or a cursor of the stream
     * @param stream the stream whose records it receives; {@code household-events} when absent
     */
    public record Registration(@NotBlank(message = "the URL to POST to is required") String url, String from,
                               String stream) {
    }

    /** The answer to a registration: the only time the secret is shown. */
    public record Registered(UUID id, String stream, URI url, String secret, String cursor, Instant createdAt) {
    }

    public record WebhookView(UUID id, String stream, URI url, String cursor, Instant createdAt) {
        static WebhookView of(Webhook h) {
            return new WebhookView(h.id(), h.stream(), h.url(), h.cursor().toString(), h.createdAt());
        }
    }

    public record DeadLetterView(UUID id, String agreementId, String eventType, String eventPosition,
                                 String eventCursor, int attempts, Integer lastStatus, String lastError,
                                 Instant failedAt, Instant replayedAt) {
        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id(), d.agreementId(), d.eventType(), d.eventPosition(),
                    d.eventCursor().toString(), d.attempts(), d.lastStatus(), d.lastError(), d.failedAt(),
                    d.replayedAt());
        }
    }

    /** @param cursor {@code now}, {@code earliest}, or a cursor: delivery goes on from there */
    public record Rewind(@NotBlank(message = "where to go on from is required") String cursor) {
    }

    @Inject
    WebhookService service;

    @Inject
    JsonWebToken token;

    @Inject
    AgencyStreams streams;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull(message = "a webhook is required") Registration r, @Context UriInfo uri) {
        URI url = parse(() -> WebhookUrl.parse(r.url()), "/url");
        StartingPoint from = parse(() -> StartingPoint.parse(r.from()), "/from");
        String stream = streams.require(r.stream() == null ? Streams.HOUSEHOLD_EVENTS : r.stream(), identity, "/stream",
                422);
        Webhook hook;
        try {
            hook = service.register(agency(), stream, url, from);
        } catch (WebhookService.TooMany e) {
            throw new ConflictException(e.getMessage(), List.of(), null);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(hook.id().toString()).build())
                .entity(new Registered(hook.id(), hook.stream(), hook.url(), hook.secret(), hook.cursor().toString(),
                        hook.createdAt()))
                .build();
    }

    @GET
    public List<WebhookView> list() {
        return service.of(agency()).stream().map(WebhookView::of).toList();
    }

    @GET
    @Path("/{id}")
    public WebhookView get(@PathParam("id") UUID id) {
        return WebhookView.of(own(id));
    }

    /** Stops delivery and removes the webhook with its dead letters. */
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") UUID id) {
        if (!service.delete(agency(), id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    /** Newest first. */
    @GET
    @Path("/{id}/dead-letters")
    public List<DeadLetterView> deadLetters(@PathParam("id") UUID id, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.badRequest("limit", "must be between 1 and 1000");
        }
        return service.deadLetters(own(id), limit).stream().map(DeadLetterView::of).toList();
    }

    /** Reads the event again, decides it now and sends it once; says why when nothing was sent. */
    @POST
    @Path("/{id}/dead-letters/{letterId}/replay")
    public WebhookDelivery.Replayed replay(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        Webhook hook = own(id);
        DeadLetter letter = service.deadLetter(hook, letterId)
                .orElseThrow(() -> new NotFoundException("Webhook " + id + " has no dead letter " + letterId));
        return service.replay(hook, letter);
    }

    /** Delivery goes on from the cursor: what lies after it is delivered again (a range replayed). */
    @POST
    @Path("/{id}/rewind")
    @Consumes(MediaType.APPLICATION_JSON)
    public WebhookView rewind(@PathParam("id") UUID id, @Valid @NotNull(message = "a cursor is required") Rewind r) {
        Webhook hook = own(id);
        return WebhookView.of(service.rewind(hook, parse(() -> StartingPoint.parse(r.cursor()), "/cursor")));
    }

    private Webhook own(UUID id) {
        return service.find(agency(), id).orElseThrow(() -> notFound(id));
    }

    private String agency() {
        return token.getClaim("azp");
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("The agency has no webhook " + id);
    }

    private static <T> T parse(java.util.function.Supplier<T> parsing, String pointer) {
        try {
            return parsing.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(pointer, e.getMessage());
        }
    }
}
