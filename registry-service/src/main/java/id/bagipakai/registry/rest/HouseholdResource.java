package id.bagipakai.registry.rest;

import id.bagipakai.registry.service.HouseholdService;
import id.bagipakai.registry.service.RegisterHousehold;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.UUID;

@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject
    HouseholdService service;

    @POST
    public Response register(@Valid @NotNull(message = "a household is required") RegisterHouseholdRequest request,
                             @Context UriInfo uri) {
        var household = service.register(
                new RegisterHousehold(request.regionCode(), request.kkNumber(), request.address()));
        return Response.created(uri.getAbsolutePathBuilder().path(household.id.toString()).build())
                .entity(HouseholdResponse.of(household))
                .build();
    }

    @GET
    @Path("/{id}")
    public HouseholdResponse get(@PathParam("id") UUID id) {
        return service.find(id).map(HouseholdResponse::of)
                .orElseThrow(() -> new NotFoundException("No household " + id));
    }
}
