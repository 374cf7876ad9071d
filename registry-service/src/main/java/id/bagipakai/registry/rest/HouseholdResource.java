package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.service.HouseholdService;
import id.bagipakai.registry.service.HouseholdService.Change;
import id.bagipakai.registry.service.HouseholdService.Snapshot;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class HouseholdResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    HouseholdService service;

    /** Registers a household with its members; members without a NIK are always accepted. */
    @POST
    public Response register(@Valid @NotNull(message = "a household is required") HouseholdDocument household,
                             @Context UriInfo uri) {
        Snapshot created = service.register(household, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(etag(created))
                .entity(HouseholdView.of(created))
                .build();
    }

    /** A new version of the whole document; requires If-Match with the version read (412 if stale, 428 if missing). */
    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull(message = "a body is required") UpdateHouseholdRequest request) {
        Snapshot updated = service.update(id, IfMatch.version(ifMatch), request.household(), request.reason(),
                identity.getPrincipal().getName());
        return Response.ok(HouseholdView.of(updated)).tag(etag(updated)).build();
    }

    /** A member leaves the household with a reason; nothing is deleted. Requires If-Match. */
    @POST
    @Path("/{id}/members/{memberId}/leave")
    public Response leave(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull(message = "a body is required") LeaveRequest request) {
        Snapshot updated = service.leave(id, IfMatch.version(ifMatch), memberId, request.reason(), request.note(),
                identity.getPrincipal().getName());
        return Response.ok(HouseholdView.of(updated)).tag(etag(updated)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Snapshot current = service.current(id).orElseThrow(() -> notFound(id));
        return Response.ok(HouseholdView.of(current)).tag(etag(current)).build();
    }

    @GET
    @Path("/{id}/history")
    public List<Change> history(@PathParam("id") UUID id) {
        return service.history(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("/{id}/versions/{version}")
    public HouseholdView version(@PathParam("id") UUID id, @PathParam("version") int version) {
        return service.atVersion(id, version).map(HouseholdView::of)
                .orElseThrow(() -> new NotFoundException("Household " + id + " has no version " + version));
    }

    /** The version is the entity tag: updates will require it back in If-Match. */
    static EntityTag etag(Snapshot s) {
        return new EntityTag(Integer.toString(s.version()));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No household " + id);
    }
}
