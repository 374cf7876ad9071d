package id.bagipakai.gateway.policy;

/**
 * The agreement is the agency's own, carries this stream on this delivery path, its agency is
 * not suspended, and it is active and inside its window now.
 */
public final class AgreementInForceStep implements PolicyStep {

    private static final String STEP = "agreement-in-force";

    @Override
    public Decision decide(DisclosureRequest request) {
        var grant = request.grant();
        if (grant == null) {
            return new Decision.Deny(STEP, "no agreement");
        }
        if (!grant.agencyClientId().equals(request.agency())) {
            return new Decision.Deny(STEP, "agreement " + grant.agreementId() + " is not " + request.agency() + "'s");
        }
        if (!grant.agencyActive()) {
            return new Decision.Deny(STEP, "agency " + request.agency() + " is suspended");
        }
        if (!grant.terms().inForceAt(request.now())) {
            return new Decision.Deny(STEP, "agreement " + grant.agreementId() + " is " + grant.terms().status()
                    + ", valid " + grant.terms().validFrom() + " .. " + grant.terms().validUntil());
        }
        if (!grant.streams().contains(request.stream()) || !grant.deliveryModes().contains(request.mode())) {
            return new Decision.Deny(STEP, "agreement " + grant.agreementId() + " does not carry " + request.stream()
                    + " by " + request.mode());
        }
        return new Decision.Release(request.record());
    }
}
