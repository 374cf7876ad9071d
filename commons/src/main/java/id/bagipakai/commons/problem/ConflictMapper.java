package id.bagipakai.commons.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;

@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        Problem problem = new Problem(URI.create("https://bagipakai.id/problems/conflict"), "Conflict",
                Response.Status.CONFLICT.getStatusCode(), exception.getMessage(), exception.errors());
        Response.ResponseBuilder answer = Response.fromResponse(problem.toResponse());
        if (exception.existing() != null) {
            answer.header("Link", "<" + exception.existing() + ">; rel=\"related\"");
        }
        return answer.build();
    }
}
