package id.bagipakai.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What of one eligibility result (a household's welfare rank or programme eligibility) may flow
 * to one agency under one agreement, with one decision per subject (a member the result is about)
 * so the gateway can record whose data left.
 */
public sealed interface ResultDecision {

    String agreementId();

    List<MemberDecision> subjects();

    /**
     * The result may be shared: the envelope and {@code fields}.
     *
     * @param fields   record pointers ({@link ResultFields#released}) that may leave besides the envelope
     * @param withheld granted record pointers of specific data held back because not every subject
     *                 explicitly consented
     */
    record Release(String agreementId, Set<String> fields, Set<String> withheld, List<MemberDecision> subjects,
                   AccessMode accessMode) implements ResultDecision {
        public Release {
            Objects.requireNonNull(agreementId, "agreementId");
            fields = Set.copyOf(fields);
            withheld = Set.copyOf(withheld);
            subjects = List.copyOf(subjects);
            Objects.requireNonNull(accessMode, "accessMode");
        }

        /** The subjects the decision released, by member id: whose data the result is, for the log. */
        public List<String> releasedSubjects() {
            return subjects.stream()
                    .filter(MemberDecision.Release.class::isInstance)
                    .map(MemberDecision::memberId)
                    .toList();
        }
    }

    /** Nothing of the result flows; as {@link HouseholdDecision.Deny}. */
    record Deny(String agreementId, DenyReason reason, String detail, List<MemberDecision> subjects)
            implements ResultDecision {
        public Deny {
            Objects.requireNonNull(agreementId, "agreementId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            subjects = List.copyOf(subjects);
        }
    }
}
