package id.bagipakai.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.commons.problem.Problem;
import id.bagipakai.gateway.service.FindingForwarder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Contributions in: an agency reports a finding about a household (the registry's partner
 * findings: a new household, a change, a person without NIK found in the field). The registry
 * validates and queues it for an operator's review; its answer comes back as it is.
 */
@Path("/agency/findings")
@RolesAllowed("${gateway.agency-role}")
public class AgencyFindingResource {

    @Inject
    FindingForwarder forwarder;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public Response submit(@NotNull(message = "a finding is required") ObjectNode finding) {
        try {
            var answer = forwarder.submit(token.getClaim("azp"), token.getRawToken(), finding);
            return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
        } catch (FindingForwarder.RegistryUnavailable e) {
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()).toResponse())
                    .header("Retry-After", 10).build();
        }
    }
}
