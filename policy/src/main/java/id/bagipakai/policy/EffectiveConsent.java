package id.bagipakai.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * A member's stance towards one agreement at one instant, as the {@link ConsentLedger} resolves it.
 *
 * @param decisive the record whose state applies; empty when the member has given no answer that counts
 * @param objection the member objects to processing on a public-task or legitimate-interest basis
 */
public record EffectiveConsent(Optional<ConsentRecord> decisive, boolean objection) {

    public static final EffectiveConsent NONE = new EffectiveConsent(Optional.empty(), false);

    public EffectiveConsent {
        Objects.requireNonNull(decisive, "decisive");
    }

    public Optional<ConsentState> state() {
        return decisive.map(ConsentRecord::state);
    }

    /** An explicit, valid grant in scope: the only thing that lets specific data flow. */
    public boolean granted() {
        return state().orElse(null) == ConsentState.GRANTED;
    }
}
