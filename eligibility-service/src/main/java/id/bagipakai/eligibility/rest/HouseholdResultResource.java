package id.bagipakai.eligibility.rest;

import id.bagipakai.eligibility.service.ResultQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.UUID;

/** Results for operators and reviewers (agencies receive them through the gateway's eligibility stream). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Operators.ROLE)
public class HouseholdResultResource {

    @Inject
    ResultQueries queries;

    /** A household's score, desils, percentiles and programme decisions, each explained. */
    @GET
    @Path("households/{id}")
    public ResultQueries.HouseholdView household(@PathParam("id") UUID id) {
        return queries.household(id);
    }

    /** Households and persons per desil and per programme, in a region (prefix) or nationally. */
    @GET
    @Path("distributions")
    public ResultQueries.Distribution distribution(@QueryParam("region") String region,
                                                   @QueryParam("scope") String scope) {
        return queries.distribution(region, scope);
    }
}
