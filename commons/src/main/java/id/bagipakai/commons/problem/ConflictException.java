package id.bagipakai.commons.problem;

import java.net.URI;
import java.util.List;

/** The request clashes with what exists (e.g. a NIK already linked to someone else): 409. */
public class ConflictException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;
    private final URI existing;

    /** @param existing the resource the request clashes with, named in the answer (may be null) */
    public ConflictException(String detail, List<Problem.FieldError> errors, URI existing) {
        super(detail);
        this.errors = List.copyOf(errors);
        this.existing = existing;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public URI existing() {
        return existing;
    }
}
