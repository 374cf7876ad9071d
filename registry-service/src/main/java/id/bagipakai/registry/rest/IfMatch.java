package id.bagipakai.registry.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/** The household version a client read, from its If-Match header: required for every change. */
final class IfMatch {

    private static final int PRECONDITION_REQUIRED = 428;

    static int version(String header) {
        if (header == null || header.isBlank()) {
            throw new ClientErrorException("If-Match is required: send the ETag of the version you read",
                    PRECONDITION_REQUIRED);
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.parseInt(tag);
        } catch (NumberFormatException e) {
            // Not one of our tags, so it cannot match the current version.
            throw new ClientErrorException("If-Match " + header + " matches no version of this household",
                    Response.Status.PRECONDITION_FAILED);
        }
    }

    private IfMatch() {
    }
}
