package id.bagipakai.consent.rest;

import jakarta.validation.constraints.Size;

/** An operator's optional note on a change of status, kept in the agreement's history. */
public record NoteRequest(@Size(max = 500, message = "must be at most 500 characters") String note) {

    static String noteOf(NoteRequest request) {
        return request == null ? null : request.note();
    }
}
