package id.bagipakai.consent.rest;

import id.bagipakai.consent.service.AgencyService;
import id.bagipakai.consent.service.AgencyService.Contact;
import id.bagipakai.consent.service.AgencyService.Credentials;
import id.bagipakai.consent.service.AgencyService.Registered;
import id.bagipakai.consent.service.AgencyService.View;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.UUID;

/** Agencies and their Keycloak clients; operators only. */
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Operators.ROLE)
public class AgencyResource {

    @Inject
    AgencyService agencies;

    @Inject
    Operators operators;

    /** 201 with the agency and its client credentials: the secret is never shown again. */
    @POST
    public Response register(@Valid @NotNull(message = "an agency is required") AgencyRequest r, @Context UriInfo uri) {
        AgencyRequest.Contact c = r.contact();
        Registered created = agencies.register(r.name(), r.kind(), blankToNull(r.regionCode()),
                new Contact(c.name(), c.email(), blankToNull(c.phone())), blankToNull(r.clientId()), operators.current());
        return Response.created(uri.getAbsolutePathBuilder().path(created.agency().id().toString()).build())
                .entity(created).build();
    }

    @GET
    public List<View> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return agencies.list(limit);
    }

    @GET
    @Path("/{id}")
    public View get(@PathParam("id") UUID id) {
        return agencies.get(id);
    }

    /** A new client secret, returned once; the old one stops working at once. */
    @POST
    @Path("/{id}/secret")
    public Credentials rotateSecret(@PathParam("id") UUID id) {
        return agencies.rotateSecret(id);
    }

    @POST
    @Path("/{id}/suspend")
    public View suspend(@PathParam("id") UUID id) {
        return agencies.suspend(id, operators.current());
    }

    @POST
    @Path("/{id}/reinstate")
    public View reinstate(@PathParam("id") UUID id) {
        return agencies.reinstate(id, operators.current());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
