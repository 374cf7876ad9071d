package id.bagipakai.eligibility.rest;

import id.bagipakai.eligibility.domain.Objection;
import id.bagipakai.eligibility.service.ObjectionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Objections (sanggahan) to programme decisions: the intake desk records one for a village
 * officer, an NGO or the person; it lands in its regency's review queue; another operator decides it.
 */
@Path("/objections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Operators.ROLE)
public class ObjectionResource {

    public record Decision(String outcome, String note) {
    }

    public record View(UUID id, UUID householdId, int householdVersion, String programme, String claim,
                       String objectorKind, String objectorName, String grounds, String reviewQueue, String status,
                       String filedBy, Instant filedAt, String decidedBy, Instant decidedAt, String decisionNote) {
        static View of(Objection o) {
            return new View(o.id, o.householdId, o.householdVersion, o.programme, o.claim.name(), o.objectorKind.name(),
                    o.objectorName, o.grounds, o.reviewQueue, o.status.name(), o.filedBy, o.filedAt, o.decidedBy,
                    o.decidedAt, o.decisionNote);
        }
    }

    @Inject
    ObjectionService objections;

    @Inject
    Operators operators;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(ObjectionService.Filing filing, @Context UriInfo uri) {
        Objection o = objections.file(filing == null ? new ObjectionService.Filing(null, null, null, null, null, null)
                : filing, operators.current());
        return Response.created(uri.getAbsolutePathBuilder().path(o.id.toString()).build()).entity(View.of(o)).build();
    }

    /** A review queue (e.g. regency:32.73), oldest first. */
    @GET
    @Transactional
    public List<View> list(@QueryParam("queue") String queue, @QueryParam("status") String status,
                           @QueryParam("householdId") UUID householdId) {
        StringBuilder q = new StringBuilder("1 = 1");
        var params = new java.util.HashMap<String, Object>();
        if (queue != null) {
            q.append(" and reviewQueue = :queue");
            params.put("queue", queue);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status(status));
        }
        if (householdId != null) {
            q.append(" and householdId = :household");
            params.put("household", householdId);
        }
        return Objection.<Objection>find(q + " order by filedAt", params).page(0, 500).stream().map(View::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public View get(@PathParam("id") UUID id) {
        Objection o = Objection.findById(id);
        if (o == null) {
            throw new NotFoundException("no objection " + id);
        }
        return View.of(o);
    }

    /** UPHELD or REJECTED, with the reviewer's note. */
    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public View decide(@PathParam("id") UUID id, Decision decision) {
        return View.of(objections.decide(id, decision == null ? null : decision.outcome(),
                decision == null ? null : decision.note(), operators.current()));
    }

    private static Objection.Status status(String text) {
        try {
            return Objection.Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw id.bagipakai.commons.problem.InvalidInputException.badRequest("status", "must be OPEN, UPHELD or REJECTED");
        }
    }
}
