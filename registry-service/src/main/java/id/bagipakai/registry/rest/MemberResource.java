package id.bagipakai.registry.rest;

import id.bagipakai.registry.service.HouseholdService;
import id.bagipakai.registry.service.HouseholdService.Snapshot;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class MemberResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    HouseholdService service;

    /** Links a NIK to a member registered without one (409 if someone else holds it). */
    @POST
    @Path("/{memberId}/nik")
    public Response linkNik(@PathParam("memberId") UUID memberId,
                            @Valid @NotNull(message = "a body is required") LinkNikRequest request) {
        Snapshot updated = service.linkNik(memberId, request.nik(), identity.getPrincipal().getName());
        return Response.ok(HouseholdView.of(updated)).tag(HouseholdResource.etag(updated)).build();
    }
}
