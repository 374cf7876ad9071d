package id.bagipakai.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A body that is not JSON, or JSON of the wrong shape → 400, naming where it went wrong. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String pointer = exception instanceof JsonMappingException mapping ? JsonPointers.of(mapping) : "";
        String detail = exception.getOriginalMessage();
        return Problem.invalidFields(Response.Status.BAD_REQUEST.getStatusCode(), "The request body cannot be read",
                List.of(new Problem.FieldError(pointer, detail))).toResponse();
    }
}
