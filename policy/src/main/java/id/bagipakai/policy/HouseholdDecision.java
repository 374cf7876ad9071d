package id.bagipakai.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What of one household may flow to one agency under one agreement, with one decision per member
 * (in the household's order) so the gateway can record each disclosure and explain each denial.
 */
public sealed interface HouseholdDecision {

    String agreementId();

    List<MemberDecision> members();

    /**
     * The household may be shared: its household-level {@code fields} (pointers outside
     * {@code /members}), and each member as its own decision says; denied members are left out.
     *
     * @param accessMode whether identifiers (NIK, KK, ids) go out as they are or as pseudonyms
     */
    record Release(String agreementId, Set<String> fields, List<MemberDecision> members, AccessMode accessMode)
            implements HouseholdDecision {
        public Release {
            Objects.requireNonNull(agreementId, "agreementId");
            fields = Set.copyOf(fields);
            members = List.copyOf(members);
            Objects.requireNonNull(accessMode, "accessMode");
        }

        public List<MemberDecision.Release> releasedMembers() {
            return members.stream()
                    .filter(MemberDecision.Release.class::isInstance)
                    .map(MemberDecision.Release.class::cast)
                    .toList();
        }

        /** Every pointer that leaves, household- and member-level, for the disclosure log. */
        public Set<String> releasedPointers() {
            Set<String> all = new LinkedHashSet<>(fields);
            releasedMembers().forEach(m -> all.addAll(m.fields()));
            return Set.copyOf(all);
        }
    }

    /**
     * Nothing of the household flows. {@code members} holds the member decisions when they were
     * taken (a household-wide rule may deny before any member is looked at).
     */
    record Deny(String agreementId, DenyReason reason, String detail, List<MemberDecision> members)
            implements HouseholdDecision {
        public Deny {
            Objects.requireNonNull(agreementId, "agreementId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            members = List.copyOf(members);
        }
    }
}
