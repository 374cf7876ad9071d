package id.bagipakai.gateway.rest;

import id.bagipakai.commons.problem.InvalidInputException;
import id.bagipakai.commons.problem.Problem;
import id.bagipakai.gateway.config.GatewayConfig;
import id.bagipakai.contracts.Streams;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

import java.util.List;

/**
 * Which stream an agency endpoint serves: a name that is no stream is 404 (naming the
 * parameter), a token without the stream's role 403, before any reader is opened. Each record is
 * still decided by the policy chain, which checks the role again.
 */
@ApplicationScoped
public class AgencyStreams {

    @Inject
    GatewayConfig config;

    /**
     * @param parameter how the request names the stream (a path parameter, or a body pointer)
     * @return the stream's name
     */
    public String require(String stream, SecurityIdentity identity, String parameter, int unknownStatus) {
        GatewayConfig.Stream settings = Streams.exists(stream) ? config.streams().get(stream) : null;
        if (settings == null) {
            throw new InvalidInputException(unknownStatus, List.of(new Problem.FieldError(parameter,
                    "is not a stream (known: " + String.join(", ", Streams.names()) + ")")));
        }
        if (!identity.hasRole(settings.role())) {
            throw new ForbiddenException("the agency's token lacks the role " + settings.role()
                    + ", which an active agreement for the stream " + stream + " grants");
        }
        return stream;
    }

    /** The stream named by the path parameter {@code stream}: 404 when there is none. */
    public String fromPath(String stream, SecurityIdentity identity) {
        return require(stream, identity, "stream", 404);
    }
}
