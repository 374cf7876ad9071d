package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What of one member may flow to one agency under one agreement. */
public sealed interface MemberDecision {

    String memberId();

    /**
     * The member may be shared, with these fields only.
     *
     * @param fields member-level pointers ({@code /members/*} and below) that may flow; empty when
     *     the agreement grants household fields only
     * @param ppks the PPKS categories that may be shown: when a released pointer covers
     *     {@link SpecificData#PPKS}, the member's array must be replaced by exactly these (it has
     *     out-of-scope and unconsented specific categories removed)
     * @param withheld granted pointers removed because they are specific data without consent
     * @param consentId the consent the release rests on, when one was in force
     */
    record Release(String memberId, Set<String> fields, Set<Ppks> ppks, Set<String> withheld,
                   Optional<String> consentId) implements MemberDecision {
        public Release {
            Objects.requireNonNull(memberId, "memberId");
            fields = Set.copyOf(fields);
            ppks = Set.copyOf(ppks);
            withheld = Set.copyOf(withheld);
            Objects.requireNonNull(consentId, "consentId");
        }
    }

    /** Nothing of the member flows. {@code detail} is for operators, never for the agency. */
    record Deny(String memberId, DenyReason reason, String detail) implements MemberDecision {
        public Deny {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
