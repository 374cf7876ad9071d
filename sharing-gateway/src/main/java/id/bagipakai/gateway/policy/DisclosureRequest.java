package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * One record on its way to one agency: who asks (client id and roles from its token), on which
 * stream, and the record as JSON (the event in the agency-facing shape).
 */
public record DisclosureRequest(String agency, Set<String> roles, String stream, ObjectNode record) {

    public DisclosureRequest withRecord(ObjectNode next) {
        return new DisclosureRequest(agency, roles, stream, next);
    }
}
