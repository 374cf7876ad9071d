package id.bagipakai.gateway.domain;

import id.bagipakai.policy.AgreementTerms;
import id.bagipakai.policy.DeliveryMode;

import java.time.Instant;
import java.util.Set;

/**
 * An agreement as the gateway holds it, rebuilt from the agreements topic: the terms the
 * decision reads, plus who the agency is (its Keycloak client id, the {@code azp} of its tokens)
 * and how it may receive data.
 *
 * @param agencyActive false while the agency is suspended: nothing flows whatever the terms say
 * @param revision     the agreement's revision in consent-service; an older one never replaces a newer
 */
public record AgreementGrant(AgreementTerms terms, String agencyClientId, boolean agencyActive, Set<String> streams,
                             Set<DeliveryMode> deliveryModes, int revision, Instant changedAt) {

    public String agreementId() {
        return terms.agreementId();
    }

    /** Whether data may flow under it now on {@code stream} through {@code mode}. */
    public boolean carries(String stream, DeliveryMode mode, Instant now) {
        return agencyActive && terms.inForceAt(now) && streams.contains(stream) && deliveryModes.contains(mode);
    }
}
