package id.bagipakai.eligibility.service;

import id.bagipakai.contracts.registry.HouseholdState;
import id.bagipakai.contracts.registry.Location;
import id.bagipakai.eligibility.domain.Contribution;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.WelfareScore;
import id.bagipakai.eligibility.service.synthetic.SyntheticProfiles;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WelfareScorerTest {

    static final WelfareScorer SCORER = new WelfareScorer(PmtModel.load("2026.1"));

    @Test
    void contributions_add_up_to_the_score_and_come_largest_first() {
        WelfareScore s = SCORER.score(Households.profile(Households.rural(Households.child("c", 4))));
        assertThat(s.contributions().stream().mapToDouble(Contribution::contribution).sum())
                .isCloseTo(s.value(), within(1e-12));
        assertThat(s.contributions()).isSortedAccordingTo(WelfareScorer.BY_EFFECT);
        assertThat(s.contributions().getFirst().variable()).isEqualTo("intercept");
        assertThat(s.modelVersion()).isEqualTo("2026.1");
        assertThat(s.stratum()).isEqualTo("33 rural");
    }

    @Test
    void contributions_add_up_for_random_households() {
        SyntheticProfiles synthetic = new SyntheticProfiles(7);
        for (int i = 0; i < 500; i++) {
            HouseholdProfile p = synthetic.next();
            WelfareScore s = SCORER.score(p);
            assertThat(s.contributions().stream().mapToDouble(Contribution::contribution).sum())
                    .isCloseTo(s.value(), within(1e-9));
            assertThat(SCORER.value(p)).isEqualTo(s.value());
            for (Contribution c : s.contributions()) {
                assertThat(c.contribution()).isEqualTo(c.coefficient() * c.input() + 0.0);
            }
        }
    }

    @Test
    void the_explanation_names_the_household_value_and_coefficient() {
        HouseholdState s = Households.rural(Households.child("c", 4));
        s.getHousing().setFloor("EARTH");
        WelfareScore score = SCORER.score(Households.profile(s));
        assertThat(score.contributions()).contains(
                new Contribution("floor", "EARTH", 1, -0.11, -0.11),
                new Contribution("logHouseholdSize", "3", Math.log(3), -0.33, -0.33 * Math.log(3)),
                new Contribution("motorcycle", "yes", 1, 0.07, 0.07),
                new Contribution("car", "no", 0, 0.24, 0));
        Contribution size = score.contributions().stream().filter(c -> c.variable().equals("logHouseholdSize"))
                .findFirst().orElseThrow();
        assertThat(size.raises()).isFalse();
    }

    @Test
    void an_earth_floor_lowers_the_score_by_its_coefficient_against_the_reference() {
        HouseholdState s = Households.rural();
        double cement = SCORER.value(Households.profile(s));
        s.getHousing().setFloor("EARTH");
        double earth = SCORER.value(Households.profile(s));
        assertThat(earth - cement).isCloseTo(-0.11, within(1e-12));
    }

    @Test
    void missing_values_contribute_nothing_and_say_missing() {
        WelfareScore s = SCORER.score(Households.profile(Households.empty()));
        assertThat(s.stratum()).isEqualTo("national rural");
        assertThat(s.value()).isEqualTo(14.05);
        assertThat(s.contributions()).filteredOn(c -> !c.variable().equals("intercept"))
                .isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.contribution()).isEqualTo(0.0);
                    // a count of nobody is 0, not unknown
                    assertThat(c.value()).isEqualTo(c.variable().equals("membersWithDisability") ? "0"
                            : Contribution.MISSING);
                });
    }

    @Test
    void a_missing_answer_scores_as_the_reference_category() {
        HouseholdState s = Households.rural();
        s.getHousing().setFloor("CEMENT_BRICK"); // the reference (0)
        double reference = SCORER.value(Households.profile(s));
        s.getHousing().setFloor(null);
        assertThat(SCORER.value(Households.profile(s))).isEqualTo(reference);
        s.getHousing().setFloor("GOLD_LEAF"); // a code newer than the model
        WelfareScore unknown = SCORER.score(Households.profile(s));
        assertThat(unknown.value()).isEqualTo(reference);
        assertThat(unknown.contributions()).contains(new Contribution("floor", "GOLD_LEAF (unknown code)", 0, 0, 0));
    }

    @Test
    void province_overrides_apply_on_top_of_the_national_base() {
        HouseholdState s = Households.rural();
        s.setLocation(new Location("31.71.01.1001", null, null, null)); // Jakarta, kelurahan
        WelfareScore jakarta = SCORER.score(Households.profile(s));
        assertThat(jakarta.stratum()).isEqualTo("31 urban");
        assertThat(jakarta.contributions()).contains(
                new Contribution("intercept", "31 urban", 1, 14.12, 14.12),
                new Contribution("motorcycle", "yes", 1, 0.04, 0.04),  // overridden
                new Contribution("smartphone", "yes", 1, 0.06, 0.06)); // national urban

        s.setLocation(new Location("32.01.01.1001", null, null, null)); // West Java: no override
        assertThat(SCORER.score(Households.profile(s)).stratum()).isEqualTo("national urban");
    }

    @Test
    void a_zero_floor_area_is_treated_as_missing() {
        HouseholdState s = Households.rural();
        s.getHousing().setFloorAreaM2(0.0);
        WelfareScore score = SCORER.score(Households.profile(s));
        assertThat(score.contributions()).filteredOn(c -> c.variable().equals("logFloorAreaPerCapita"))
                .singleElement().satisfies(c -> {
                    assertThat(c.contribution()).isZero();
                    assertThat(c.value()).contains("missing");
                });
    }
}
