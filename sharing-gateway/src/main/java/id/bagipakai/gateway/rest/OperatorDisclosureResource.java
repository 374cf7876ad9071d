package id.bagipakai.gateway.rest;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.gateway.domain.Disclosure;
import id.bagipakai.gateway.domain.DisclosureChain;
import id.bagipakai.gateway.service.DisclosureQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * For operators (and, through consent-service, for the person): who received whose data, when,
 * under which agreement, by which path; and whether an agreement's disclosure chain is intact.
 */
@Path("/operator/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class OperatorDisclosureResource {

    public record DisclosureView(String agency, String agreementId, long seq, String householdId,
                                 List<String> memberIds, List<String> fields, String deliveryPath, String eventType,
                                 String eventPosition, Instant disclosedAt) {
        static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.agency(), d.agreementId(), d.seq(), d.householdId(), d.memberIds(), d.fields(),
                    d.deliveryPath().name(), d.eventType(), d.eventPosition(), d.disclosedAt());
        }
    }

    public record VerificationView(String agreementId, boolean intact, long verifiedRows, Long firstBrokenSeq,
                                   String problem) {
        static VerificationView of(DisclosureChain.Verification v) {
            return new VerificationView(v.agreementId(), v.intact(), v.checked(), v.brokenAtSeq(), v.problem());
        }
    }

    @Inject
    DisclosureQueries queries;

    /** Newest first; exactly one of {@code memberId} and {@code householdId}. */
    @GET
    public List<DisclosureView> list(@QueryParam("memberId") String memberId,
                                     @QueryParam("householdId") String householdId,
                                     @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.badRequest("limit", "must be between 1 and 1000");
        }
        if ((memberId == null) == (householdId == null)) {
            throw InvalidInputException.badRequest(memberId == null ? "memberId" : "householdId",
                    "give exactly one of memberId and householdId");
        }
        var rows = memberId != null ? queries.ofMember(memberId, limit) : queries.ofHousehold(householdId, limit);
        return rows.stream().map(DisclosureView::of).toList();
    }

    @GET
    @Path("/verification")
    public VerificationView verify(@QueryParam("agreementId") String agreementId) {
        if (agreementId == null || agreementId.isBlank()) {
            throw InvalidInputException.badRequest("agreementId", "required: the agreement whose chain to verify");
        }
        return VerificationView.of(queries.verify(agreementId));
    }
}
