package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.DesilChange;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdRank;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental ranking equals a full recompute after any sequence of adds, rescores, moves and
 * removals, and each event reports exactly the households whose desil changed. Few ids, few
 * scores (ties), few regions and tiny blocks, so that collisions, splits and empty scopes are common.
 */
class WelfareRankingPropertiesTest {

    private static final List<String> REGIONS = Arrays.asList("33.74.01.1001", "33.74.02.2001", "33.21.01.2001",
            "32.73.01.1001", null);

    /** An event: remove when {@code score} is null. */
    record Op(int household, Double score, int persons, String region) {
    }

    @Provide
    Arbitrary<List<Op>> events() {
        Arbitrary<Op> put = Combinators.combine(Arbitraries.integers().between(0, 24),
                Arbitraries.integers().between(0, 12).map(i -> 12.0 + i / 4.0),
                Arbitraries.integers().between(1, 9), Arbitraries.of(REGIONS)).as(Op::new);
        Arbitrary<Op> remove = Arbitraries.integers().between(0, 24).map(h -> new Op(h, null, 0, null));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, put), net.jqwik.api.Tuple.of(1, remove))
                .list().ofMinSize(1).ofMaxSize(80);
    }

    @Property(tries = 300)
    void incremental_equals_a_full_recompute(@ForAll("events") List<Op> events) {
        WelfareRanking ranking = new WelfareRanking(4);
        NaiveRanking naive = new NaiveRanking();
        for (Op op : events) {
            Map<UUID, Desils> before = naive.desils();
            UUID id = new UUID(op.household() * 7919L, op.household());
            List<DesilChange> reported;
            if (op.score() == null) {
                reported = ranking.remove(id);
                naive.remove(id);
            } else {
                reported = ranking.put(id, op.score(), op.persons(), op.region());
                naive.put(id, op.score(), op.persons(), op.region());
            }
            Map<UUID, Desils> after = naive.desils();
            assertThat(reported).containsExactlyInAnyOrderElementsOf(diff(before, after));
            for (UUID h : after.keySet()) {
                assertThat(ranking.desils(h)).as("desils of %s", h).isEqualTo(after.get(h));
            }
        }
        Map<UUID, HouseholdRank> ranks = naive.ranks();
        ranks.forEach((h, rank) -> assertThat(ranking.rank(h)).isEqualTo(rank));
        assertThat(ranking.size()).isEqualTo(ranks.size());

        // a fresh ranking of the final scores agrees, and a rebuild finds nothing to change
        WelfareRanking fresh = new WelfareRanking();
        naive.entries.values().forEach(e -> fresh.load(e.id(), e.score(), e.persons(), e.regionCode()));
        fresh.rebuild();
        ranks.forEach((h, rank) -> assertThat(fresh.rank(h)).isEqualTo(rank));
        List<DesilChange> rebuilt = new ArrayList<>();
        ranking.rebuild(rebuilt::add);
        assertThat(rebuilt).isEmpty();
    }

    private static List<DesilChange> diff(Map<UUID, Desils> before, Map<UUID, Desils> after) {
        Map<UUID, DesilChange> changes = new HashMap<>();
        for (UUID h : before.keySet()) {
            if (!Objects.equals(before.get(h), after.get(h))) {
                changes.put(h, new DesilChange(h, before.get(h), after.get(h)));
            }
        }
        for (UUID h : after.keySet()) {
            if (!before.containsKey(h)) {
                changes.put(h, new DesilChange(h, null, after.get(h)));
            }
        }
        return List.copyOf(changes.values());
    }
}
