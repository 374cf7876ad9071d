package id.bagipakai.registry.rest;

import id.bagipakai.registry.domain.DuplicateCandidate.Status;
import id.bagipakai.registry.service.duplicates.DuplicateReviewService;
import id.bagipakai.registry.service.duplicates.DuplicateReviewService.Review;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.UUID;

/** The review queue of likely duplicates among people without a NIK. */
@Path("/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class DuplicateResource {

    @Inject
    SecurityIdentity identity;


    @Inject
    DuplicateReviewService reviews;

    @GET
    public List<Review> list(@QueryParam("status") @DefaultValue("OPEN") Status status,
                             @QueryParam("memberId") UUID memberId,
                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return reviews.list(status, memberId, limit);
    }

    @POST
    @Path("/{id}/dismiss")
    public Review dismiss(@PathParam("id") UUID id, DecisionRequest decision) {
        return reviews.dismiss(id, DecisionRequest.noteOf(decision), identity.getPrincipal().getName());
    }

    @POST
    @Path("/{id}/merge")
    public Review merge(@PathParam("id") UUID id, DecisionRequest decision) {
        return reviews.merge(id, DecisionRequest.noteOf(decision), identity.getPrincipal().getName());
    }
}
