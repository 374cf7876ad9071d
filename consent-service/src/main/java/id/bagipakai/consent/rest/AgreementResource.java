package id.bagipakai.consent.rest;

import id.bagipakai.consent.domain.AgreementDraft;
import id.bagipakai.consent.service.AgreementService;
import id.bagipakai.consent.service.AgreementService.View;
import id.bagipakai.policy.AgreementStatus;
import id.bagipakai.consent.domain.RevisionChain;
import id.bagipakai.consent.service.AgreementRevisions;
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

/**
 * Data-sharing agreements and their lifecycle: DRAFT → submit → approve (by another operator)
 * → activate; suspend / resume, revoke; past its end an agreement expires by itself.
 */
@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Operators.ROLE)
public class AgreementResource {

    @Inject
    AgreementRevisions revisions;

    @Inject
    AgreementService agreements;

    @Inject
    Operators operators;

    /** 201 with the new DRAFT; 422 naming every invalid field. */
    @POST
    public Response create(@NotNull(message = "an agreement is required") AgreementDraft draft, @Context UriInfo uri) {
        View created = agreements.create(draft, operators.current());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    public List<View> list(@QueryParam("agencyId") UUID agencyId,
                           @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return agreements.list(agencyId, limit);
    }

    /** The agreement with its history of transitions. */
    @GET
    @Path("/{id}")
    public View get(@PathParam("id") UUID id) {
        return agreements.get(id);
    }

    /**
     * Recomputes the agreement's revision chain: {@code intact}, or the first revision that does
     * not hold ({@code firstBrokenRevision}, {@code problem}), e.g. after an edit behind the service.
     */
    @GET
    @Path("/{id}/verification")
    public RevisionChain.Verification verify(@PathParam("id") UUID id) {
        return revisions.verify(id);
    }

    @POST
    @Path("/{id}/submit")
    public View submit(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.SUBMITTED, note);
    }

    /** Sends a submitted agreement back to DRAFT, e.g. for changes the approver asks for. */
    @POST
    @Path("/{id}/return")
    public View returnToDraft(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.DRAFT, note);
    }

    /** 403 when the caller submitted it (four-eyes). */
    @POST
    @Path("/{id}/approve")
    public View approve(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.APPROVED, note);
    }

    /** Grants the agency's service account a role per stream of the agreement. */
    @POST
    @Path("/{id}/activate")
    public View activate(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.ACTIVE, note);
    }

    @POST
    @Path("/{id}/suspend")
    public View suspend(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.SUSPENDED, note);
    }

    @POST
    @Path("/{id}/resume")
    public View resume(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.ACTIVE, note);
    }

    @POST
    @Path("/{id}/revoke")
    public View revoke(@PathParam("id") UUID id, @Valid NoteRequest note) {
        return move(id, AgreementStatus.REVOKED, note);
    }

    private View move(UUID id, AgreementStatus target, NoteRequest note) {
        return agreements.transition(id, target, operators.current(), NoteRequest.noteOf(note));
    }
}
