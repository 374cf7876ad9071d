package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.DesilChange;
import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.HouseholdRank;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WelfareRankingTest {

    private static final String SEMARANG = "33.74.01.1001";
    private static final String DEMAK = "33.21.01.2001";
    private static final String BANDUNG = "32.73.01.1001";

    static UUID id(int n) {
        return new UUID(0, n);
    }

    @Test
    void desil_is_by_persons_so_a_big_household_counts_more() {
        WelfareRanking r = new WelfareRanking();
        r.put(id(0), 10.0, 10, null); // the poorest: ten persons
        for (int i = 1; i <= 10; i++) {
            r.put(id(i), 10.0 + i, 1, null); // ten single persons, all better off
        }
        assertThat(r.persons()).isEqualTo(20);
        // the big household holds the poorest half of the persons: its middle member is at 5 of 20
        assertThat(r.desils(id(0)).national()).isEqualTo(3);
        // so even the poorest single person is in the richer half (desil 6), not desil 2 as by households
        assertThat(r.desils(id(1)).national()).isEqualTo(6);
        assertThat(r.desils(id(10)).national()).isEqualTo(10);
        assertThat(r.rank(id(1)).percentileNational()).isEqualTo(53); // middle at 10.5 of 20
    }

    @Test
    void ten_equal_households_fill_the_ten_desils() {
        WelfareRanking r = new WelfareRanking();
        for (int i = 0; i < 10; i++) {
            r.put(id(i), i, 4, SEMARANG);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(r.desils(id(i))).isEqualTo(new Desils(i + 1, i + 1, i + 1));
            assertThat(r.rank(id(i)).percentileNational()).isEqualTo(10 * i + 6);
        }
    }

    @Test
    void provinces_and_regencies_are_ranked_on_their_own_and_no_location_is_national_only() {
        WelfareRanking r = new WelfareRanking();
        r.put(id(1), 13.0, 4, SEMARANG);
        r.put(id(2), 14.0, 4, DEMAK);
        r.put(id(3), 12.0, 4, BANDUNG);
        r.put(id(4), 15.0, 4, null);
        // 2nd of 4 nationally, 1st of 2 in Central Java, alone in Semarang
        assertThat(r.desils(id(1))).isEqualTo(new Desils(4, 3, 6));
        assertThat(r.desils(id(2))).isEqualTo(new Desils(7, 8, 6));
        assertThat(r.desils(id(3))).isEqualTo(new Desils(2, 6, 6));
        assertThat(r.desils(id(4))).isEqualTo(new Desils(9, 0, 0));
        HouseholdRank homeless = r.rank(id(4));
        assertThat(homeless.percentileProvince()).isZero();
        assertThat(homeless.percentileRegency()).isZero();
    }

    @Test
    void equal_scores_are_ordered_by_household_id_whatever_the_arrival() {
        WelfareRanking a = new WelfareRanking();
        WelfareRanking b = new WelfareRanking();
        for (int i = 0; i < 5; i++) {
            a.put(id(i), 13.0, 2, null);
            b.put(id(4 - i), 13.0, 2, null);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(a.desils(id(i))).isEqualTo(b.desils(id(i)));
            assertThat(a.desils(id(i)).national()).isEqualTo(2 * i + 2); // each holds a fifth of the persons
        }
    }

    @Test
    void events_report_the_households_whose_desil_changed() {
        WelfareRanking r = new WelfareRanking();
        for (int i = 0; i < 10; i++) {
            r.put(id(i), i, 1, null);
        }
        // a new poorest household of ten persons pushes everyone up
        List<DesilChange> added = r.put(id(99), -1, 10, null);
        assertThat(added).contains(new DesilChange(id(99), null, new Desils(3, 0, 0)));
        assertThat(added).contains(new DesilChange(id(0), new Desils(1, 0, 0), new Desils(6, 0, 0)));
        assertThat(added).extracting(DesilChange::householdId).doesNotContain(id(9)); // still desil 10

        List<DesilChange> removed = r.remove(id(99));
        assertThat(removed).contains(new DesilChange(id(99), new Desils(3, 0, 0), null),
                new DesilChange(id(0), new Desils(6, 0, 0), new Desils(1, 0, 0)));
        assertThat(r.desils(id(99))).isNull();
        assertThat(r.remove(id(99))).isEmpty();

        List<DesilChange> same = r.put(id(5), 5, 1, null); // rescored to the same
        assertThat(same).isEmpty();
    }

    @Test
    void moving_to_another_regency_reranks_both() {
        WelfareRanking r = new WelfareRanking();
        r.put(id(1), 12.0, 3, SEMARANG);
        r.put(id(2), 13.0, 3, SEMARANG);
        r.put(id(3), 14.0, 3, DEMAK);
        List<DesilChange> moved = r.put(id(2), 13.0, 3, DEMAK);
        assertThat(moved).containsExactlyInAnyOrder(new DesilChange(id(2), new Desils(6, 6, 8), new Desils(6, 6, 3)),
                new DesilChange(id(1), new Desils(2, 2, 3), new Desils(2, 2, 6)),
                new DesilChange(id(3), new Desils(9, 9, 6), new Desils(9, 9, 8)));
    }

    @Test
    void bad_input_is_refused_and_leaves_the_ranking_as_it_was() {
        WelfareRanking r = new WelfareRanking();
        r.put(id(1), 12.0, 3, SEMARANG);
        assertThatThrownBy(() -> r.put(id(1), Double.NaN, 3, SEMARANG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.put(id(1), 12.0, 0, SEMARANG)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.put(id(1), 12.0, 3, "33.74")).isInstanceOf(IllegalArgumentException.class);
        assertThat(r.rank(id(1))).isEqualTo(new HouseholdRank(new Desils(6, 6, 6), 51, 51, 51));
    }

    @Test
    void loaded_households_need_a_rebuild_before_anything_is_asked() {
        WelfareRanking r = new WelfareRanking();
        r.load(id(1), 12.0, 3, SEMARANG);
        assertThatThrownBy(() -> r.put(id(2), 12.0, 3, SEMARANG)).isInstanceOf(IllegalStateException.class);
        List<DesilChange> changes = new ArrayList<>();
        r.rebuild(changes::add);
        assertThat(changes).containsExactly(new DesilChange(id(1), null, new Desils(6, 6, 6)));
    }

    @Test
    void many_households_with_tiny_blocks_stay_equal_to_a_recompute() {
        Random random = new Random(42);
        WelfareRanking r = new WelfareRanking(4); // blocks of 4: constant splits and merges
        NaiveRanking naive = new NaiveRanking();
        String[] regions = {SEMARANG, DEMAK, BANDUNG, null};
        Map<UUID, Desils> stored = new HashMap<>();
        for (int step = 0; step < 3000; step++) {
            UUID id = id(random.nextInt(600));
            List<DesilChange> changes;
            if (random.nextInt(5) == 0) {
                changes = r.remove(id);
                naive.remove(id);
            } else {
                double score = 10 + random.nextInt(40) / 8.0;
                int persons = 1 + random.nextInt(8);
                String region = regions[random.nextInt(regions.length)];
                changes = r.put(id, score, persons, region);
                naive.put(id, score, persons, region);
            }
            for (DesilChange c : changes) {
                assertThat(stored.get(c.householdId())).isEqualTo(c.before());
                if (c.after() == null) {
                    stored.remove(c.householdId());
                } else {
                    stored.put(c.householdId(), c.after());
                }
            }
            if (step % 100 == 99) {
                assertThat(stored).isEqualTo(naive.desils());
            }
        }
        assertThat(stored).isEqualTo(naive.desils());
        Map<UUID, HouseholdRank> expected = naive.ranks();
        expected.forEach((id, rank) -> assertThat(r.rank(id)).isEqualTo(rank));
        List<DesilChange> afterRebuild = new ArrayList<>();
        r.rebuild(afterRebuild::add);
        assertThat(afterRebuild).isEmpty();
    }
}
