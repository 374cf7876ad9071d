package id.bagipakai.gateway.rest;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.contracts.Streams;
import id.bagipakai.gateway.pseudonym.KeyRing;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.gateway.repository.DisclosureRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * After a key rotation: for every household and member the agency was given, its pseudonym under
 * an older key version and under the current one, so the agency can carry its records over
 * without ever seeing a real id. Only ids this agency received are mapped (its disclosure log).
 */
@Path("/agency/pseudonyms/rekey")
@RolesAllowed("${gateway.agency-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyPseudonymResource {

    public record Rekeying(int from, int to, Map<String, String> households, Map<String, String> members) {
    }

    @Inject
    KeyRing keys;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    DisclosureRepository disclosures;

    @Inject
    JsonWebToken token;

    @GET
    public Rekeying rekey(@QueryParam("from") Integer from) {
        int to = keys.current().version();
        if (from == null || !keys.versions().contains(from) || from >= to) {
            throw InvalidInputException.badRequest("from", "an earlier key version, one of " + keys.versions()
                    + " below the current " + to);
        }
        String agency = token.getClaim("azp");
        Map<String, List<String>> ids;
        try {
            ids = disclosures.idsDisclosedTo(agency, Streams.eventTypesOf(Streams.HOUSEHOLD_EVENTS));
        } catch (SQLException e) {
            throw new IllegalStateException("the disclosure log cannot be read: " + e.getMessage(), e);
        }
        return new Rekeying(from, to,
                pseudonymiser.rekey(agency, from, to, Pseudonymiser.HOUSEHOLD, ids.getOrDefault("household", List.of())),
                pseudonymiser.rekey(agency, from, to, Pseudonymiser.MEMBER, ids.getOrDefault("member", List.of())));
    }
}
