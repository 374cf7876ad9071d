package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** What one policy step decided about one record for one agency. */
public sealed interface Decision {

    /** The record may leave as it is now. */
    record Release(ObjectNode record) implements Decision {
    }

    /** The record may leave without the named fields (JSON pointers), already removed. */
    record Redact(ObjectNode record, List<String> removed) implements Decision {
    }

    /** Nothing of the record leaves; the reason is for the disclosure log, not for the agency. */
    record Deny(String step, String reason) implements Decision {
    }

    /** The record as it stands after this decision, or null when denied. */
    default ObjectNode recordOrNull() {
        return switch (this) {
            case Release r -> r.record();
            case Redact r -> r.record();
            case Deny d -> null;
        };
    }
}
