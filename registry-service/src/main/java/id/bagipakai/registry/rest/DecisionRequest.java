package id.bagipakai.registry.rest;

import jakarta.validation.constraints.Size;

/** An operator's optional note on a decision (merge, dismiss, verify, reject). */
public record DecisionRequest(@Size(max = 500, message = "must be at most 500 characters") String note) {

    static String noteOf(DecisionRequest request) {
        return request == null ? null : request.note();
    }
}
