package id.bagipakai.commons.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404, 405, 415 … from the HTTP layer, in the same problem+json shape as everything else. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.ResponseBuilder answer = Response.fromResponse(
                Problem.of(original.getStatusInfo(), exception.getMessage()).toResponse());
        // Keep headers such as Allow, Retry-After or ETag that the original answer carried.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> answer.header(name, v));
            }
        });
        return answer.build();
    }
}
