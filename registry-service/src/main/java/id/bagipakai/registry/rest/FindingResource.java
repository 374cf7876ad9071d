package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.Finding.Kind;
import id.bagipakai.registry.domain.Finding.Status;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.service.FindingService;
import id.bagipakai.registry.service.FindingService.View;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

/** Findings from partners: submitted, then verified or rejected by an operator. */
@Path("/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class FindingResource {

    @Inject
    SecurityIdentity identity;

    /** A finding as a partner submits it (the gateway will attach the partner's identity). */
    public record Submission(
            @NotNull(message = "is required") Kind kind,
            UUID householdId,
            @NotNull(message = "is required") @Valid HouseholdDocument household,
            @Size(max = 200, message = "must be at most 200 characters") String submittedBy,
            @Size(max = 200, message = "must be at most 200 characters") String evidenceReference,
            @Size(max = 2000, message = "must be at most 2000 characters") String note) {
    }


    @Inject
    FindingService findings;

    /**
     * 202: accepted for review; nothing in the registry changes until an operator verifies it. An
     * agency's finding is recorded under its own identity; an operator may record one for a partner
     * (a paper report), naming it in {@code submittedBy}.
     */
    @POST
    @RolesAllowed({Roles.OPERATOR, Roles.AGENCY})
    public Response submit(@Valid @NotNull(message = "a finding is required") Submission s, @Context UriInfo uri) {
        String caller = identity.getPrincipal().getName();
        String submitter = identity.hasRole(Roles.OPERATOR) && s.submittedBy() != null && !s.submittedBy().isBlank()
                ? s.submittedBy() + " (recorded by " + caller + ")" : caller;
        View created = findings.submit(s.kind(), s.householdId(), s.household(), submitter, s.evidenceReference(),
                s.note());
        return Response.accepted(created)
                .location(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).build();
    }

    @GET
    public List<View> list(@QueryParam("status") @DefaultValue("PENDING") Status status,
                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return findings.list(status, limit);
    }

    @GET
    @Path("/{id}")
    public View get(@PathParam("id") UUID id) {
        return findings.get(id);
    }

    @POST
    @Path("/{id}/verify")
    public View verify(@PathParam("id") UUID id, DecisionRequest decision) {
        return findings.verify(id, DecisionRequest.noteOf(decision), identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/reject")
    public View reject(@PathParam("id") UUID id, DecisionRequest decision) {
        return findings.reject(id, DecisionRequest.noteOf(decision), identity.getPrincipal().getName());
    }
}
