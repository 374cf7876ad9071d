package id.bagipakai.commons.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;

/** Invalid request content → 422 naming every failing field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    static final int UNPROCESSABLE_CONTENT = 422;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::pointer).thenComparing(Problem.FieldError::detail))
                .toList();
        return Problem.invalidFields(UNPROCESSABLE_CONTENT, "The request has invalid fields", errors).toResponse();
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        return new Problem.FieldError(JsonPointers.of(violation.getPropertyPath()), violation.getMessage());
    }
}
