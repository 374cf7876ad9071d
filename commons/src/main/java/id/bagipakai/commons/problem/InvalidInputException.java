package id.bagipakai.commons.problem;

import java.util.List;

/** A business rule found request fields invalid (beyond what annotations can check): 422. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String pointer, String detail) {
        this(List.of(new Problem.FieldError(pointer, detail)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
