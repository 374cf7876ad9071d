package id.bagipakai.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} names each failing input by JSON pointer
 * (RFC 6901) into the request body, so a client can show the message next to the field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One failing input. */
    public record FieldError(String pointer, String detail) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(URI.create("about:blank"), status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem invalidFields(int status, String title, List<FieldError> errors) {
        return new Problem(URI.create("https://bagipakai.id/problems/invalid-input"), title, status,
                errors.size() == 1 ? errors.getFirst().pointer() + ": " + errors.getFirst().detail()
                        : errors.size() + " fields are invalid", errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
