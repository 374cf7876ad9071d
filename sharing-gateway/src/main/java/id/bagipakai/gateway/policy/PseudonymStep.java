package id.bagipakai.gateway.policy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.gateway.pseudonym.Pseudonymiser;
import id.bagipakai.policy.AccessMode;

import java.util.Objects;

/**
 * Unless the agreement grants identified access, the household id, KK number, member ids, NIKs
 * and alternative ids left in the record become the agency's own pseudonyms. The last step:
 * every earlier one decides on the real ids (consents are kept by member id), and only what
 * minimisation kept is computed.
 */
public final class PseudonymStep implements PolicyStep {

    private static final String STEP = "pseudonym";

    private final Pseudonymiser pseudonymiser;

    public PseudonymStep(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    }

    @Override
    public Decision decide(DisclosureRequest request) {
        if (request.grant() == null) {
            return new Decision.Deny(STEP, "no agreement");
        }
        // Only an explicit IDENTIFIED grant shows the real ids; any other mode gets pseudonyms.
        if (request.grant().terms().accessMode() == AccessMode.IDENTIFIED) {
            return new Decision.Release(request.record());
        }
        ObjectNode pseudonymous = request.record().deepCopy();
        pseudonymiser.apply(pseudonymous, request.agency());
        return new Decision.Release(pseudonymous);
    }
}
