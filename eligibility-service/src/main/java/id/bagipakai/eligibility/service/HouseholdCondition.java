package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.MemberProfile;
import id.bagipakai.eligibility.domain.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A condition on a household, as programme rule files state it; evaluates to a {@link Reason}. */
sealed interface HouseholdCondition {

    Reason evaluate(HouseholdProfile household, Desils desils);

    String describe();

    /** The household's desil in a scope is at most {@code max}; an unranked household never is. */
    record DesilAtMost(int max, Desils.Scope scope) implements HouseholdCondition {
        public Reason evaluate(HouseholdProfile household, Desils desils) {
            int d = desils.in(scope);
            if (d == 0) {
                return new Reason(describe(), false, "no " + scope.label() + " desil (not ranked)");
            }
            return new Reason(describe(), d <= max, "desil " + d + (d <= max ? " ≤ " : " > ") + max);
        }

        public String describe() {
            return scope.label() + " desil ≤ " + max;
        }
    }

    /** At least one member meets {@code member}; the facts name every member who does. */
    record AnyMember(MemberCondition member, String label) implements HouseholdCondition {
        public Reason evaluate(HouseholdProfile household, Desils desils) {
            List<String> facts = new ArrayList<>();
            for (MemberProfile m : household.members()) {
                String f = member.match(m);
                if (f != null) {
                    facts.add("member " + m.number() + " " + f);
                }
            }
            if (!facts.isEmpty()) {
                return new Reason(describe(), true, String.join("; ", facts));
            }
            String none = household.members().isEmpty() ? "the household has no members"
                    : "no member is " + (label != null ? label : member.describe());
            if (member.usesAge()) {
                String unknown = household.members().stream().filter(m -> m.age() == null)
                        .map(m -> Integer.toString(m.number())).collect(Collectors.joining(", "));
                if (!unknown.isEmpty()) {
                    none += " (age unknown for member " + unknown + ")";
                }
            }
            return new Reason(describe(), false, none);
        }

        public String describe() {
            return "a member who is " + (label != null ? label : member.describe());
        }
    }

    /** Any of several household conditions; the facts are those of every alternative. */
    record AnyOf(List<HouseholdCondition> of) implements HouseholdCondition {
        public AnyOf {
            of = List.copyOf(of);
        }

        public Reason evaluate(HouseholdProfile household, Desils desils) {
            List<Reason> reasons = of.stream().map(c -> c.evaluate(household, desils)).toList();
            boolean met = reasons.stream().anyMatch(Reason::met);
            return new Reason(describe(), met, reasons.stream().map(r -> r.facts() + (r.met() ? "" : " (not met)"))
                    .collect(Collectors.joining("; ")));
        }

        public String describe() {
            return of.stream().map(HouseholdCondition::describe).collect(Collectors.joining(", or "));
        }
    }
}
