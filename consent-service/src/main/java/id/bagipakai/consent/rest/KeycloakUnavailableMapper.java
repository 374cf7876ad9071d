package id.bagipakai.consent.rest;

import id.bagipakai.commons.problem.Problem;
import id.bagipakai.consent.service.KeycloakUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** 502 when Keycloak refused or failed an admin call; 503 when this service cannot call it at all. */
@Provider
public class KeycloakUnavailableMapper implements ExceptionMapper<KeycloakUnavailableException> {

    private static final Logger LOG = Logger.getLogger(KeycloakUnavailableMapper.class);

    @Override
    public Response toResponse(KeycloakUnavailableException exception) {
        LOG.warn(exception.getMessage(), exception.getCause());
        Response.Status status = exception.getCause() == null ? Response.Status.SERVICE_UNAVAILABLE
                : Response.Status.BAD_GATEWAY;
        return Problem.of(status, exception.getMessage()).toResponse();
    }
}
