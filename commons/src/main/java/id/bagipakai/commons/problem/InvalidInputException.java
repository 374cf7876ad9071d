package id.bagipakai.commons.problem;

import java.util.List;

/** A business rule found request fields invalid (beyond what annotations can check): 422. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;
    private final int status;

    public InvalidInputException(List<Problem.FieldError> errors) {
        this(ConstraintViolationMapper.UNPROCESSABLE_CONTENT, errors);
    }

    /** With another status: 400 for a query parameter or header that cannot even be parsed. */
    public InvalidInputException(int status, List<Problem.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
        this.status = status;
    }

    public static InvalidInputException badRequest(String parameter, String detail) {
        return new InvalidInputException(400, List.of(new Problem.FieldError(parameter, detail)));
    }

    public InvalidInputException(String pointer, String detail) {
        this(List.of(new Problem.FieldError(pointer, detail)));
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
