package id.bagipakai.gateway.policy;

import id.bagipakai.contracts.Streams;

import java.util.List;
import java.util.Map;

/**
 * The policy chain of each stream: the same token and agreement checks first, then the stream's
 * own agreement ∧ consent and minimisation. Pseudonyms come after the chain (the disclosure log
 * keeps the real ids). A stream without a chain of its own gets an empty one, which denies.
 */
public final class EnforcementChains {

    private EnforcementChains() {
    }

    /** @param roleByStream the realm role that grants each stream */
    public static PolicyChain of(String stream, Map<String, String> roleByStream) {
        return switch (stream) {
            case Streams.HOUSEHOLD_EVENTS -> new PolicyChain(List.of(new StreamGrantStep(roleByStream),
                    new AgreementInForceStep(), new AgreementConsentStep(), new FieldMinimisationStep()));
            case Streams.ELIGIBILITY -> new PolicyChain(List.of(new StreamGrantStep(roleByStream),
                    new AgreementInForceStep(), new ResultConsentStep(), new ResultMinimisationStep()));
            default -> new PolicyChain(List.of());
        };
    }
}
