package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.eligibility.domain.MemberProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition on one member, as programme rule files state it. {@link #match} returns the facts
 * that satisfied it ("is 4 years old (child 0–6)") or null; an unknown fact never satisfies a
 * condition (a member of unknown age is in no age band).
 */
sealed interface MemberCondition {

    /** The facts that met the condition, with its label, or null when unmet. */
    String match(MemberProfile m);

    /** How reasons name the condition: its label, or a description. */
    String describe();

    /** Whether it looks at ages (then members of unknown age are named when nobody matched). */
    boolean usesAge();

    static String labelled(String fact, String label) {
        return fact == null || label == null ? fact : fact + " (" + label + ")";
    }

    record Pregnant(String label) implements MemberCondition {
        public String match(MemberProfile m) {
            return labelled(Boolean.TRUE.equals(m.pregnant()) ? "is pregnant" : null, label);
        }

        public String describe() {
            return label != null ? label : "pregnant";
        }

        public boolean usesAge() {
            return false;
        }
    }

    /** Age in completed years within [min, max], both inclusive, either open. */
    record Age(Integer min, Integer max, String label) implements MemberCondition {
        public String match(MemberProfile m) {
            return labelled(m.ageWithin(min, max) ? "is " + m.age() + (m.age() == 1 ? " year old" : " years old")
                    : null, label);
        }

        public String describe() {
            if (label != null) {
                return label;
            }
            return min == null ? "aged ≤ " + max : max == null ? "aged ≥ " + min : "aged " + min + "–" + max;
        }

        public boolean usesAge() {
            return true;
        }
    }

    record InSchool(String label) implements MemberCondition {
        public String match(MemberProfile m) {
            return labelled(m.inSchool() ? "is in school" : null, label);
        }

        public String describe() {
            return label != null ? label : "in school";
        }

        public boolean usesAge() {
            return false;
        }
    }

    /** Washington Group: "a lot of difficulty" or "cannot do at all" in any domain. */
    record Disability(String label) implements MemberCondition {
        public String match(MemberProfile m) {
            return labelled(m.disability() ? "has a disability (Washington Group: a lot of difficulty or cannot)"
                    : null, label);
        }

        public String describe() {
            return label != null ? label : "with a disability";
        }

        public boolean usesAge() {
            return false;
        }
    }

    /** In any of the categories; an empty set means any PPKS category at all. */
    record PpksIn(Set<Ppks> categories, String label) implements MemberCondition {
        public PpksIn {
            categories = Set.copyOf(categories);
        }

        public String match(MemberProfile m) {
            List<String> hit = m.ppks().stream().filter(p -> categories.isEmpty() || categories.contains(p))
                    .sorted().map(Ppks::name).toList();
            return labelled(hit.isEmpty() ? null : "is in PPKS category " + String.join(", ", hit), label);
        }

        public String describe() {
            if (label != null) {
                return label;
            }
            return categories.isEmpty() ? "in a PPKS category" : "in PPKS category "
                    + categories.stream().sorted().map(Ppks::name).collect(Collectors.joining(" or "));
        }

        public boolean usesAge() {
            return false;
        }
    }

    record AllOf(List<MemberCondition> of, String label) implements MemberCondition {
        public AllOf {
            of = List.copyOf(of);
        }

        public String match(MemberProfile m) {
            List<String> facts = new ArrayList<>();
            for (MemberCondition c : of) {
                String f = c.match(m);
                if (f == null) {
                    return null;
                }
                facts.add(f);
            }
            return labelled(String.join(" and ", facts), label);
        }

        public String describe() {
            return label != null ? label : of.stream().map(MemberCondition::describe).collect(Collectors.joining(" and "));
        }

        public boolean usesAge() {
            return of.stream().anyMatch(MemberCondition::usesAge);
        }
    }

    record AnyOf(List<MemberCondition> of, String label) implements MemberCondition {
        public AnyOf {
            of = List.copyOf(of);
        }

        public String match(MemberProfile m) {
            List<String> facts = new ArrayList<>();
            for (MemberCondition c : of) {
                String f = c.match(m);
                if (f != null) {
                    facts.add(f);
                }
            }
            return facts.isEmpty() ? null : labelled(String.join(", ", facts), label);
        }

        public String describe() {
            return label != null ? label : of.stream().map(MemberCondition::describe).collect(Collectors.joining(" or "));
        }

        public boolean usesAge() {
            return of.stream().anyMatch(MemberCondition::usesAge);
        }
    }
}
