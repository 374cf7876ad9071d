package id.bagipakai.policy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a data-sharing agreement (PKS). Data flows only while ACTIVE; SUSPENDED may be
 * resumed; EXPIRED and REVOKED are final.
 */
public enum AgreementStatus {
    DRAFT, SUBMITTED, APPROVED, ACTIVE, SUSPENDED, EXPIRED, REVOKED;

    /** The statuses this one may move to. */
    public Set<AgreementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, REVOKED);
            case SUBMITTED -> EnumSet.of(DRAFT, APPROVED, REVOKED);
            case APPROVED -> EnumSet.of(ACTIVE, SUSPENDED, EXPIRED, REVOKED);
            case ACTIVE -> EnumSet.of(SUSPENDED, EXPIRED, REVOKED);
            case SUSPENDED -> EnumSet.of(ACTIVE, EXPIRED, REVOKED);
            case EXPIRED, REVOKED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    public boolean canMoveTo(AgreementStatus target) {
        return next().contains(target);
    }

    /** Whether data may flow under an agreement in this status (its validity window aside). */
    public boolean allowsFlow() {
        return this == ACTIVE;
    }
}
