package id.bagipakai.eligibility.service;

import id.bagipakai.eligibility.domain.Desils;
import id.bagipakai.eligibility.domain.EligibilityOutcome;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.WelfareScore;
import id.bagipakai.eligibility.service.synthetic.SyntheticProfiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Outcomes change only when their substance does: the basis for publishing real changes only. */
class EligibilityOutcomeTest {

    static final WelfareScorer SCORER = WelfareScorerTest.SCORER;
    static final ProgrammeRules RULES = ProgrammeRulesTest.RULES;

    record Case(HouseholdProfile profile, Desils desils) {
    }

    static EligibilityOutcome outcome(Case c, WelfareScorer scorer, ProgrammeRules rules) {
        WelfareScore score = scorer.score(c.profile());
        return EligibilityOutcome.of(c.profile().householdId(), score, c.desils(), rules.decide(c.profile(), c.desils()),
                rules.version());
    }

    /** 2 000 synthetic households ranked together, with their desils. */
    static final List<Case> CASES = cases();

    private static List<Case> cases() {
        SyntheticProfiles synthetic = new SyntheticProfiles(11);
        List<HouseholdProfile> profiles = new ArrayList<>();
        WelfareRanking ranking = new WelfareRanking();
        for (int i = 0; i < 2000; i++) {
            HouseholdProfile p = synthetic.next();
            profiles.add(p);
            ranking.load(UUID.fromString(p.householdId()), SCORER.value(p), p.memberCount(), p.regionCode());
        }
        ranking.rebuild();
        return profiles.stream().map(p -> new Case(p, ranking.desils(UUID.fromString(p.householdId())))).toList();
    }

    @Test
    void replaying_with_the_same_versions_is_no_change() {
        for (Case c : CASES.subList(0, 300)) {
            EligibilityOutcome first = outcome(c, SCORER, RULES);
            EligibilityOutcome replay = outcome(c, new WelfareScorer(PmtModel.load("2026.1")), ProgrammeRules.load("2026.1"));
            assertThat(replay.changedFrom(first)).isFalse();
            assertThat(replay).isEqualTo(first);
        }
    }

    @Test
    void a_rule_version_that_tightens_pkh_changes_only_the_households_it_decides_differently() throws IOException {
        ProgrammeRules tighter = rulesWithPkhDesil(3);
        assertThat(tighter.version()).isEqualTo("2026.2-test");
        int changed = 0;
        for (Case c : CASES) {
            EligibilityOutcome before = outcome(c, SCORER, RULES);
            EligibilityOutcome after = outcome(c, SCORER, tighter);
            boolean pkhLost = before.eligibleProgrammes().contains("PKH") && c.desils().national() == 4;
            assertThat(after.changedFrom(before)).as("household at desil %s", c.desils().national()).isEqualTo(pkhLost);
            if (pkhLost) {
                changed++;
                assertThat(after.eligibleProgrammes()).doesNotContain("PKH").contains("BPNT_SEMBAKO");
            }
        }
        assertThat(changed).isPositive(); // the synthetic population has PKH households at desil 4
    }

    @Test
    void a_moved_desil_or_score_is_a_change_and_a_first_outcome_always_is() {
        Case c = CASES.getFirst();
        EligibilityOutcome base = outcome(c, SCORER, RULES);
        assertThat(base.changedFrom(null)).isTrue();
        Desils d = c.desils();
        EligibilityOutcome otherRegency = outcome(new Case(c.profile(), new Desils(d.national(), d.province(),
                d.regency() == 10 ? 9 : d.regency() + 1)), SCORER, RULES);
        assertThat(otherRegency.changedFrom(base)).isTrue();
        EligibilityOutcome rescored = new EligibilityOutcome(base.householdId(), base.score() + 0.01, base.desils(),
                base.decisions(), "2026.2", base.rulesVersion());
        assertThat(rescored.changedFrom(base)).isTrue();
        EligibilityOutcome noise = new EligibilityOutcome(base.householdId(), base.score() + 1e-9, base.desils(),
                base.decisions(), "2026.2", base.rulesVersion());
        assertThat(noise.changedFrom(base)).isFalse();
    }

    /** The default rules with PKH's desil threshold replaced, as a new version. */
    static ProgrammeRules rulesWithPkhDesil(int max) throws IOException {
        String json;
        try (InputStream in = ProgrammeRules.class.getResourceAsStream("/programmes/programmes-2026.1.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pkh = "{\"kind\": \"desilAtMost\", \"max\": 4, \"scope\": \"national\"},\n        {\"kind\": \"anyMember\", \"label\": \"a PKH";
        assertThat(json).contains(pkh);
        json = json.replace("\"version\": \"2026.1\"", "\"version\": \"2026.2-test\"")
                .replace(pkh, pkh.replace("\"max\": 4", "\"max\": " + max));
        return ProgrammeRules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
