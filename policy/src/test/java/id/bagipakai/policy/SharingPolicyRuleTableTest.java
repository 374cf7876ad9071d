package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static id.bagipakai.policy.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole rule table, case by case: every legal basis × consent answer × consent scope ×
 * objection × adult or child (with or without guardian) × kind of grant (plain, with specific
 * pointers, a specific sub-field, the whole member, the whole document). The expectation is
 * written as the table reads, independently of how the policy is coded.
 */
class SharingPolicyRuleTableTest {

    enum Answer { NONE, GRANTED, REFUSED, WITHDRAWN }

    enum Scope { AGREEMENT, PURPOSE, OTHER_AGREEMENT, OTHER_PURPOSE }

    enum Person { ADULT, CHILD_WITH_GUARDIAN, CHILD_WITHOUT_GUARDIAN }

    static final Set<String> NON_SPECIFIC_MEMBER_FIELDS = Set.of("/members/*/memberId", "/members/*/name",
            "/members/*/nik", "/members/*/noNik", "/members/*/relationship", "/members/*/sex", "/members/*/birthDate",
            "/members/*/estimatedBirthYear", "/members/*/maritalStatus", "/members/*/schoolParticipation",
            "/members/*/education", "/members/*/work", "/members/*/jknStatus", "/members/*/ppks",
            "/members/*/qualityFlags");
    static final Set<String> SPECIFIC_MEMBER_FIELDS = Set.of("/members/*/disability", "/members/*/chronicIllness",
            "/members/*/pregnant");

    /** A grant, what of it flows with an explicit consent and without, and whether it shows PPKS. */
    enum Grant {
        PLAIN(Set.of("/members/*/name", "/members/*/sex"),
                Set.of("/members/*/name", "/members/*/sex"), Set.of("/members/*/name", "/members/*/sex"), Set.of(), false),
        WITH_SPECIFIC(Set.of("/members/*/name", "/members/*/disability", "/members/*/chronicIllness", "/members/*/pregnant"),
                Set.of("/members/*/name", "/members/*/disability", "/members/*/chronicIllness", "/members/*/pregnant"),
                Set.of("/members/*/name"), SPECIFIC_MEMBER_FIELDS, false),
        SPECIFIC_SUB_FIELD(Set.of("/members/*/ppks", "/members/*/disability/seeing"),
                Set.of("/members/*/ppks", "/members/*/disability/seeing"), Set.of("/members/*/ppks"),
                Set.of("/members/*/disability/seeing"), true),
        WHOLE_MEMBER(Set.of("/members/*", "/location/regionCode"),
                Set.of("/members/*"), NON_SPECIFIC_MEMBER_FIELDS, SPECIFIC_MEMBER_FIELDS, true),
        WHOLE_DOCUMENT(Set.of(""),
                Set.of("/members/*"), NON_SPECIFIC_MEMBER_FIELDS, SPECIFIC_MEMBER_FIELDS, true);

        final Set<String> granted;
        final Set<String> withConsent;
        final Set<String> withoutConsent;
        final Set<String> withheldWithoutConsent;
        final boolean showsPpks;

        Grant(Set<String> granted, Set<String> withConsent, Set<String> withoutConsent, Set<String> withheldWithoutConsent,
              boolean showsPpks) {
            this.granted = granted;
            this.withConsent = withConsent;
            this.withoutConsent = withoutConsent;
            this.withheldWithoutConsent = withheldWithoutConsent;
            this.showsPpks = showsPpks;
        }
    }

    static Stream<Arguments> table() {
        List<Arguments> cases = new ArrayList<>();
        for (LegalBasis basis : LegalBasis.values()) {
            for (Answer answer : Answer.values()) {
                for (Scope scope : Scope.values()) {
                    for (boolean objection : new boolean[] {false, true}) {
                        if (answer == Answer.NONE && (objection || scope != Scope.AGREEMENT)) {
                            continue; // no record: scope and objection do not exist
                        }
                        for (Person person : Person.values()) {
                            for (Grant grant : Grant.values()) {
                                cases.add(Arguments.of(basis, answer, scope, objection, person, grant));
                            }
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} objection={3} {4} {5}")
    @MethodSource("table")
    void decides(LegalBasis basis, Answer answer, Scope scope, boolean objection, Person person, Grant grant) {
        // a member with one ordinary and one specific PPKS category
        MemberFacts member = person == Person.ADULT
                ? Fixtures.adult("m", Ppks.HOMELESS, Ppks.PERSON_LIVING_WITH_HIV)
                : Fixtures.child("m", Ppks.HOMELESS, Ppks.PERSON_LIVING_WITH_HIV);
        ConsentLedger ledger = answer == Answer.NONE ? ConsentLedger.empty("m")
                : Fixtures.ledger("m", Fixtures.consent("m", scope(scope), ConsentState.valueOf(answer.name()), 30,
                        objection, person == Person.CHILD_WITH_GUARDIAN));

        MemberDecision decision = SharingPolicy.decide(Fixtures.terms(basis, grant.granted), member, ledger, NOW);

        // The table. An answer counts when it is in scope; a grant about a child only with a guardian.
        boolean inScope = answer != Answer.NONE && (scope == Scope.AGREEMENT || scope == Scope.PURPOSE);
        boolean ignoredChildGrant = answer == Answer.GRANTED && person == Person.CHILD_WITHOUT_GUARDIAN;
        Answer effective = inScope && !ignoredChildGrant ? answer : Answer.NONE;
        boolean objects = inScope && !ignoredChildGrant && objection;
        boolean objectable = basis == LegalBasis.PUBLIC_TASK || basis == LegalBasis.LEGITIMATE_INTEREST;

        if (effective == Answer.WITHDRAWN) {
            assertDenied(decision, DenyReason.CONSENT_WITHDRAWN);
        } else if (effective == Answer.REFUSED) {
            assertDenied(decision, DenyReason.CONSENT_REFUSED);
        } else if (objects && objectable) {
            assertDenied(decision, DenyReason.OBJECTION);
        } else if (basis == LegalBasis.EXPLICIT_CONSENT && effective != Answer.GRANTED) {
            assertDenied(decision, DenyReason.CONSENT_MISSING);
        } else {
            boolean explicit = effective == Answer.GRANTED;
            assertThat(decision).isInstanceOf(MemberDecision.Release.class);
            MemberDecision.Release release = (MemberDecision.Release) decision;
            assertThat(release.fields()).isEqualTo(explicit ? grant.withConsent : grant.withoutConsent);
            assertThat(release.withheld()).isEqualTo(explicit ? Set.of() : grant.withheldWithoutConsent);
            Set<Ppks> ppks = !grant.showsPpks ? Set.of()
                    : explicit ? Set.of(Ppks.HOMELESS, Ppks.PERSON_LIVING_WITH_HIV) : Set.of(Ppks.HOMELESS);
            assertThat(release.ppks()).isEqualTo(ppks);
            assertThat(release.consentId()).isEqualTo(explicit
                    ? ledger.records().stream().findFirst().map(ConsentRecord::consentId) : java.util.Optional.empty());
            Set<String> leaked = new HashSet<>(release.fields());
            leaked.removeIf(f -> !SpecificData.reachesSpecific(f));
            assertThat(explicit || leaked.isEmpty()).as("specific data without consent: %s", leaked).isTrue();
        }
    }

    private static ConsentScope scope(Scope scope) {
        return switch (scope) {
            case AGREEMENT -> new ConsentScope.OfAgreement(Fixtures.AGREEMENT);
            case PURPOSE -> new ConsentScope.OfPurpose(Fixtures.PURPOSE);
            case OTHER_AGREEMENT -> new ConsentScope.OfAgreement("pks-other");
            case OTHER_PURPOSE -> new ConsentScope.OfPurpose(Purpose.PLANNING_STATISTICS);
        };
    }

    private static void assertDenied(MemberDecision decision, DenyReason reason) {
        assertThat(decision).isInstanceOf(MemberDecision.Deny.class);
        assertThat(((MemberDecision.Deny) decision).reason()).isEqualTo(reason);
        assertThat(decision.memberId()).isEqualTo("m");
    }
}
