package id.bagipakai.policy;

import id.bagipakai.contracts.codes.Ppks;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy's guarantees over random agreements, members and consent histories. The checks are
 * stated from the outside (which records exist, when, in which scope), not by re-running the
 * policy's own steps. The gateway runs a larger version of these.
 */
class SharingPolicyPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final List<String> AGREEMENT_IDS = List.of("pks-1", "pks-2");
    private static final List<Purpose> PURPOSES = List.of(Purpose.REHABILITATION_SERVICES, Purpose.RESEARCH);
    /** Pointers around the interesting boundaries, drawn more often than the catalogue at large. */
    private static final List<String> INTERESTING = List.of("", "/members", "/members/*", "/members/*/name",
            "/members/*/ppks", "/members/*/disability", "/members/*/disability/walking", "/members/*/chronicIllness",
            "/members/*/pregnant", "/members/*/jknStatus", "/location/regionCode", "/housing");

    private static final List<Ppks> PPKS_POOL = List.of(Ppks.HOMELESS, Ppks.DESTITUTE, Ppks.PERSON_LIVING_WITH_HIV,
            Ppks.PERSON_WITH_DISABILITY, Ppks.CHILD_IN_CONFLICT_WITH_LAW);

    /** One random situation: an agreement, a member, that member's consent history, an instant. */
    record Case(AgreementTerms terms, MemberFacts member, List<ConsentRecord> consents, Instant now) {
        ConsentLedger ledger() {
            return ConsentLedger.of(member.memberId(), consents);
        }

        boolean inForce() {
            return terms.status() == AgreementStatus.ACTIVE
                    && !now.isBefore(terms.validFrom()) && now.isBefore(terms.validUntil());
        }

        boolean inScope(ConsentRecord r) {
            return switch (r.scope()) {
                case ConsentScope.OfAgreement a -> a.agreementId().equals(terms.agreementId());
                case ConsentScope.OfPurpose p -> p.purpose() == terms.purpose();
            };
        }

        /** Known at {@code now}, in scope, and, for a grant about a child, given with a guardian. */
        boolean counts(ConsentRecord r) {
            return inScope(r) && !r.givenAt().isAfter(now)
                    && (r.state() != ConsentState.GRANTED || r.guardianPresent() || member.adultAt(r.givenAt()));
        }

        List<ConsentRecord> counting() {
            return consents.stream().filter(this::counts).toList();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> pointer = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(List.copyOf(HouseholdFields.all()))),
                Tuple.of(2, Arbitraries.of(INTERESTING)));
        Arbitrary<Set<String>> fields = pointer.set().ofMaxSize(5);
        // mostly active, so that the consent rules are reached; every other status still appears
        Arbitrary<AgreementStatus> status = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(AgreementStatus.ACTIVE)), Tuple.of(1, Arbitraries.of(AgreementStatus.class)));
        // a small pool of categories, ordinary and specific, so agreement and member overlap often
        Arbitrary<Set<Ppks>> ppks = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(PPKS_POOL)), Tuple.of(1, Arbitraries.of(Ppks.class))).set().ofMaxSize(3);
        Arbitrary<Set<Ppks>> ppksScope = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Set.<Ppks>of())), Tuple.of(1, ppks));
        Arbitrary<Instant> from = hours(-24 * 30, 48).map(h -> NOW.plus(Duration.ofHours(h)));
        Arbitrary<Integer> lengthHours = hours(1, 24 * 120);
        Arbitrary<AgreementTerms> terms = Combinators.combine(
                Arbitraries.of(AGREEMENT_IDS), status, Arbitraries.of(PURPOSES),
                Arbitraries.of(LegalBasis.class), fields, ppksScope, from, lengthHours)
                .as((id, st, purpose, basis, f, p, start, hours) -> new AgreementTerms(id, "agency", st, purpose,
                        basis, Set.of("HouseholdUpdated"), f, Set.of("32"), p, AccessMode.IDENTIFIED, start,
                        start.plus(Duration.ofHours(hours))));

        Arbitrary<LocalDate> birthDate = hours(0, 365 * 76)
                .map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
        Arbitrary<MemberFacts> member = Combinators.combine(
                Arbitraries.integers().between(0, 2), birthDate, ppks)
                .as((known, born, p) -> new MemberFacts("m", known == 0 ? born : null, known == 1 ? born.getYear() : null, p));

        Arbitrary<ConsentScope> scope = Arbitraries.oneOf(
                Arbitraries.of(AGREEMENT_IDS).map(ConsentScope.OfAgreement::new),
                Arbitraries.of(PURPOSES).map(ConsentScope.OfPurpose::new));
        Arbitrary<ConsentRecord> record = Combinators.combine(scope, Arbitraries.of(ConsentState.class),
                hours(-48, 24 * 400), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((s, state, hoursAgo, objection, guardian) -> new ConsentRecord("?", "m", s, state,
                        NOW.minus(Duration.ofHours(hoursAgo)), objection, guardian));
        Arbitrary<List<ConsentRecord>> consents = record.list().ofMaxSize(5).map(list -> IntStream.range(0, list.size())
                .mapToObj(i -> {
                    ConsentRecord r = list.get(i);
                    return new ConsentRecord("c" + i, r.memberId(), r.scope(), r.state(), r.givenAt(), r.objection(),
                            r.guardianPresent());
                }).toList());

        return Combinators.combine(terms, member, consents).as((t, m, c) -> new Case(t, m, c, NOW));
    }

    /** Spread evenly: jqwik's default leans towards small numbers, which would make most windows tiny. */
    private static Arbitrary<Integer> hours(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static MemberDecision decide(Case c) {
        MemberDecision decision = SharingPolicy.decide(c.terms(), c.member(), c.ledger(), c.now());
        Statistics.collect(decision instanceof MemberDecision.Release ? "release" : "deny");
        return decision;
    }

    @Property(tries = 10_000)
    void nothingLeavesOutsideTheAgreementsFields(@ForAll("cases") Case c) {
        if (decide(c) instanceof MemberDecision.Release r) {
            for (String f : r.fields()) {
                assertThat(c.terms().fields()).as("grant covering %s", f).anyMatch(g -> HouseholdFields.within(f, g));
                assertThat(HouseholdFields.within(f, HouseholdFields.MEMBER)).as("member-level %s", f).isTrue();
            }
            assertThat(c.member().ppks()).containsAll(r.ppks());
            if (!c.terms().ppksCategories().isEmpty()) {
                assertThat(c.terms().ppksCategories()).containsAll(r.ppks());
            }
        }
        HouseholdDecision household = SharingPolicy.decideHousehold(c.terms(), "HouseholdUpdated",
                new HouseholdFacts("32.73.01.1001", List.of(c.member())), Map.of("m", c.ledger()), c.now());
        if (household instanceof HouseholdDecision.Release r) {
            for (String f : r.fields()) {
                assertThat(c.terms().fields()).as("grant covering %s", f).anyMatch(g -> HouseholdFields.within(f, g));
                assertThat(HouseholdFields.within(f, HouseholdFields.MEMBERS)).as("household-level %s", f).isFalse();
            }
            assertThat(r.releasedMembers()).as("a household flows only with a member").isNotEmpty();
        }
    }

    @Property(tries = 10_000)
    void specificDataFlowsOnlyOnAValidExplicitGrantInScope(@ForAll("cases") Case c) {
        if (decide(c) instanceof MemberDecision.Release r) {
            boolean specific = r.fields().stream().anyMatch(SpecificData::reachesSpecific)
                    || r.ppks().stream().anyMatch(Ppks::specific);
            if (specific) {
                Statistics.label("specific").collect("released");
                assertThat(r.consentId()).as("specific data without consent").isPresent();
                assertSoundGrant(c, r.consentId().get());
            }
        }
    }

    @Property(tries = 10_000)
    void aReleaseNamesAGrantThatStillStands(@ForAll("cases") Case c) {
        MemberDecision decision = decide(c);
        if (decision instanceof MemberDecision.Release r) {
            r.consentId().ifPresent(id -> assertSoundGrant(c, id));
            if (c.terms().legalBasis() == LegalBasis.EXPLICIT_CONSENT) {
                assertThat(r.consentId()).as("a consent-based release names its consent").isPresent();
            }
        }
        if (c.terms().legalBasis() == LegalBasis.EXPLICIT_CONSENT
                && c.counting().stream().noneMatch(x -> x.state() == ConsentState.GRANTED)) {
            Statistics.label("explicit basis without grant").collect("checked");
            assertThat(decision).isInstanceOf(MemberDecision.Deny.class);
        }
    }

    @Property(tries = 10_000)
    void aWithdrawalOrRefusalAfterEveryGrantStopsTheFlow(@ForAll("cases") Case c) {
        List<ConsentRecord> counting = c.counting();
        Optional<Instant> lastGrant = counting.stream().filter(r -> r.state() == ConsentState.GRANTED)
                .map(ConsentRecord::givenAt).max(Instant::compareTo);
        boolean withdrawnSince = counting.stream().anyMatch(r -> r.state() == ConsentState.WITHDRAWN
                && lastGrant.map(g -> r.givenAt().isAfter(g)).orElse(true));
        // the agreement's own scope: its latest answer is a no
        Optional<ConsentRecord> latestForAgreement = counting.stream()
                .filter(r -> r.scope() instanceof ConsentScope.OfAgreement)
                .max(java.util.Comparator.comparing(ConsentRecord::givenAt));
        boolean agreementSaysNo = latestForAgreement.map(r -> r.state() != ConsentState.GRANTED).orElse(false)
                && counting.stream().noneMatch(r -> r.scope() instanceof ConsentScope.OfAgreement
                        && r.state() == ConsentState.GRANTED && r.givenAt().equals(latestForAgreement.get().givenAt()));
        if (withdrawnSince || agreementSaysNo) {
            Statistics.label("no in force").collect(withdrawnSince ? "withdrawn" : "agreement says no");
            assertThat(decide(c)).isInstanceOf(MemberDecision.Deny.class);
        }
    }

    @Property(tries = 10_000)
    void nothingFlowsUnderAnAgreementNotInForce(@ForAll("cases") Case c) {
        if (!c.inForce()) {
            assertThat(decide(c)).isInstanceOf(MemberDecision.Deny.class);
            assertThat(SharingPolicy.decideHousehold(c.terms(), "HouseholdUpdated",
                    new HouseholdFacts("32.73.01.1001", List.of(c.member())), Map.of("m", c.ledger()), c.now()))
                    .isInstanceOf(HouseholdDecision.Deny.class);
        }
    }

    @Property(tries = 10_000)
    void anObjectionStopsPublicTaskAndLegitimateInterest(@ForAll("cases") Case c) {
        // the latest counting record of either scope objects
        List<ConsentRecord> counting = c.counting();
        boolean objects = List.<Class<?>>of(ConsentScope.OfAgreement.class, ConsentScope.OfPurpose.class).stream()
                .anyMatch(kind -> {
                    List<ConsentRecord> ofKind = counting.stream().filter(r -> kind.isInstance(r.scope())).toList();
                    Optional<Instant> latest = ofKind.stream().map(ConsentRecord::givenAt).max(Instant::compareTo);
                    return latest.isPresent() && ofKind.stream()
                            .anyMatch(r -> r.givenAt().equals(latest.get()) && r.objection());
                });
        if (objects && c.terms().legalBasis().yieldsToObjection()) {
            Statistics.label("objection").collect("checked");
            assertThat(decide(c)).isInstanceOf(MemberDecision.Deny.class);
        }
    }

    /** The named consent is a grant in scope that counts, and no later no in its scope (or purpose-wide withdrawal) undid it. */
    private static void assertSoundGrant(Case c, String consentId) {
        ConsentRecord grant = c.consents().stream().filter(r -> r.consentId().equals(consentId)).findFirst().orElseThrow();
        assertThat(grant.state()).isEqualTo(ConsentState.GRANTED);
        assertThat(c.counts(grant)).as("counts: %s", grant).isTrue();
        List<ConsentRecord> laterNo = new ArrayList<>();
        for (ConsentRecord r : c.counting()) {
            boolean later = !r.givenAt().isBefore(grant.givenAt()) && r != grant;
            boolean sameScope = r.scope().equals(grant.scope());
            if (later && r.state() != ConsentState.GRANTED
                    && (sameScope || (r.state() == ConsentState.WITHDRAWN && r.givenAt().isAfter(grant.givenAt())))) {
                laterNo.add(r);
            }
        }
        assertThat(laterNo).as("answers undoing %s", grant).isEmpty();
    }
}
