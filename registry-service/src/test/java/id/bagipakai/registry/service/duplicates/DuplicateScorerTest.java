package id.bagipakai.registry.service.duplicates;

import id.bagipakai.registry.service.duplicates.DuplicateScorer.Candidate;
import id.bagipakai.registry.service.duplicates.DuplicateScorer.Score;
import id.bagipakai.registry.service.duplicates.DuplicateScorer.Weights;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DuplicateScorerTest {

    private static final String KAJANG = "73.02.06.2001";
    private static final String KAJANG_NEIGHBOUR = "73.02.06.2002";
    private static final String BULUKUMBA_OTHER_DISTRICT = "73.02.01.2003";
    private static final String ACEH = "11.01.01.2001";

    private final DuplicateScorer scorer = DuplicateScorer.defaults();

    private static Candidate person(String id, String name, Integer year, String sex, String village,
                                    Set<String> relatives) {
        return new Candidate(id, name, year, sex, village, relatives);
    }

    private static Candidate nameOnly(String id, String name) {
        return person(id, name, null, null, null, null);
    }

    private final Candidate yusuf = person("m-1", "Muhammad Yusuf", 1971, "MALE", KAJANG,
            Set.of("Siti Aminah", "Nur Hayati", "Ahmad Fauzi"));
    private final Candidate yusup = person("m-2", "Moh. Yusup", 1972, "MALE", KAJANG,
            Set.of("Hj. Sitti Aminah", "Nurhayati", "Rudi"));

    @Test
    void samePersonSpelledDifferentlyIsFlaggedWithReasons() {
        Score score = scorer.score(yusuf, yusup);

        assertThat(score.value()).isGreaterThan(0.9);
        assertThat(scorer.needsReview(score)).isTrue();
        assertThat(score.reasons()).containsExactly(
                "names 1.00 similar",
                "birth years 1971 and 1972",
                "same village 73.02.06.2001",
                "2 relatives with matching names");
        // 0.55 name + 0.15 · 0.7 year + 0.15 village + 0.15 · 2/3 relatives
        assertThat(score.value()).isCloseTo(0.55 + 0.105 + 0.15 + 0.10, within(1e-9));
    }

    @Test
    void aDifferentSexIsStrongEvidenceAgainst() {
        Candidate daughter = person("m-2", "Moh. Yusup", 1972, "FEMALE", KAJANG,
                Set.of("Hj. Sitti Aminah", "Nurhayati", "Rudi"));

        Score score = scorer.score(yusuf, daughter);

        assertThat(scorer.needsReview(score)).isFalse();
        assertThat(score.reasons()).contains("sex differs (MALE and FEMALE)");
        assertThat(score.value()).isCloseTo(scorer.score(yusuf, yusup).value() - 0.50, within(1e-9));
    }

    @Test
    void aCommonSingleNameFarAwayWithAFarBirthYearIsNotFlagged() {
        Candidate javanese = person("m-1", "Sutrisno", 1960, "MALE", KAJANG, Set.of());
        Candidate acehnese = person("m-2", "Bapak Sutrisno", 1985, "MALE", ACEH, Set.of());

        Score score = scorer.score(javanese, acehnese);

        assertThat(scorer.needsReview(score)).isFalse();
        assertThat(score.reasons()).containsExactly(
                "names 1.00 similar",
                "birth years 1960 and 1985 far apart",
                "villages far apart: 11.01.01.2001 and 73.02.06.2001");
        // Each far fact lowers the score below what the name alone gives.
        double nameAlone = scorer.score(nameOnly("m-1", "Sutrisno"), nameOnly("m-2", "Sutrisno")).value();
        assertThat(nameAlone).isCloseTo(0.55, within(1e-9));
        assertThat(score.value()).isCloseTo(nameAlone - 0.15 - 0.075, within(1e-9));
    }

    @Test
    void identicalNamesAloneAreNotEnoughButOneAgreeingFactIs() {
        Candidate a = nameOnly("m-1", "Sutrisno");
        assertThat(scorer.needsReview(scorer.score(a, nameOnly("m-2", "Sutrisno")))).isFalse();
        assertThat(scorer.needsReview(scorer.score(
                person("m-1", "Sutrisno", 1960, null, null, null),
                person("m-2", "Sutrisno", 1960, null, null, null)))).isTrue();
        assertThat(scorer.needsReview(scorer.score(
                person("m-1", "Sutrisno", null, null, KAJANG, null),
                person("m-2", "Sutrisno", null, null, KAJANG, null)))).isTrue();
    }

    @Test
    void everythingButTheNameIsNotEnough() {
        Candidate a = person("m-1", "Sutrisno", 1960, "MALE", KAJANG, Set.of("Siti Aminah"));
        Candidate b = person("m-2", "Bambang", 1960, "MALE", KAJANG, Set.of("Siti Aminah"));

        Score score = scorer.score(a, b);

        assertThat(score.value()).isCloseTo(0.45, within(1e-9));
        assertThat(scorer.needsReview(score)).isFalse();
    }

    @Test
    void birthYearEvidenceIsGraded() {
        double exact = yearScore(1971, 1971);
        double oneOff = yearScore(1971, 1972);
        double twoOff = yearScore(1971, 1973);
        double unknown = yearScore(1971, null);
        double fourOff = yearScore(1971, 1975);
        double far = yearScore(1971, 1990);

        assertThat(exact - unknown).isCloseTo(0.15, within(1e-9));
        assertThat(oneOff - unknown).isCloseTo(0.105, within(1e-9));
        assertThat(twoOff - unknown).isCloseTo(0.06, within(1e-9));
        assertThat(fourOff - unknown).isCloseTo(-0.075, within(1e-9));
        assertThat(far - unknown).isCloseTo(-0.15, within(1e-9));
        assertThat(scorer.score(withYear(1971), withYear(1975)).reasons()).contains("birth years 1971 and 1975 differ by 4");
        assertThat(scorer.score(withYear(1971), withYear(1971)).reasons()).contains("same birth year 1971");
    }

    @Test
    void villageEvidenceIsGraded() {
        double sameVillage = villageScore(KAJANG, KAJANG);
        double sameDistrict = villageScore(KAJANG, KAJANG_NEIGHBOUR);
        double sameRegency = villageScore(KAJANG, BULUKUMBA_OTHER_DISTRICT);
        double unknown = villageScore(KAJANG, null);
        double far = villageScore(KAJANG, ACEH);

        assertThat(sameVillage - unknown).isCloseTo(0.15, within(1e-9));
        assertThat(sameDistrict - unknown).isCloseTo(0.075, within(1e-9));
        assertThat(sameRegency - unknown).isCloseTo(0.0, within(1e-9));
        assertThat(far - unknown).isCloseTo(-0.075, within(1e-9));
        assertThat(scorer.score(withVillage(KAJANG), withVillage(KAJANG_NEIGHBOUR)).reasons())
                .contains("same district 73.02.06 (villages 73.02.06.2001 and 73.02.06.2002)");
    }

    @Test
    void relativesCountByTheShareThatMatchOneToOne() {
        Candidate a = withRelatives(Set.of("Siti Aminah", "Nur Hayati", "Ahmad Fauzi", "Rina"));
        double none = scorer.score(a, withRelatives(Set.of())).value();
        double noMatch = scorer.score(a, withRelatives(Set.of("Bambang", "Dewi"))).value();
        double half = scorer.score(a, withRelatives(Set.of("Sitti Aminah", "Dewi"))).value();
        double all = scorer.score(a, withRelatives(Set.of("Sitti Aminah", "Nurhayati"))).value();

        assertThat(noMatch).isEqualTo(none);
        assertThat(half - none).isCloseTo(0.075, within(1e-9));
        assertThat(all - none).isCloseTo(0.15, within(1e-9));
        // One "Siti Aminah" cannot match two.
        Score twoForOne = scorer.score(withRelatives(Set.of("Siti Aminah", "Budi")),
                withRelatives(Set.of("Siti Aminah", "Sitti Aminah")));
        assertThat(twoForOne.reasons()).contains("1 relative with a matching name");
        // Relatives alike below the 0.9 bar do not count.
        assertThat(NameSimilarity.similarity("Sutrisno", "Sutrisno Hadi")).isLessThan(0.9);
        assertThat(scorer.score(withRelatives(Set.of("Sutrisno")), withRelatives(Set.of("Sutrisno Hadi"))).value())
                .isEqualTo(none);
    }

    @Test
    void unknownFieldsAreNeutral() {
        Candidate known = person("m-1", "Siti Aminah", 1980, "FEMALE", KAJANG, Set.of("Ahmad Fauzi"));
        Candidate bare = nameOnly("m-2", "Siti Aminah");
        Candidate blanks = person("m-3", "Siti Aminah", null, " ", "", Set.of());

        assertThat(scorer.score(known, bare).value()).isCloseTo(0.55, within(1e-9));
        assertThat(scorer.score(known, blanks).value()).isCloseTo(0.55, within(1e-9));
        assertThat(scorer.score(known, bare).reasons()).containsExactly("names 1.00 similar");
    }

    @Test
    void neverNaNEvenWithNothingKnown() {
        Candidate empty = person(null, null, null, null, null, null);
        Score score = scorer.score(empty, person(null, " ", null, null, null, Set.of()));

        assertThat(score.value()).isEqualTo(0.0);
        assertThat(score.reasons()).containsExactly("name missing");
        assertThat(scorer.score(empty, yusuf).value()).isNotNaN().isBetween(0.0, 1.0);
        Score punctuation = scorer.score(nameOnly("m-1", "..."), nameOnly("m-2", "..."));
        assertThat(punctuation.value()).isEqualTo(0.0);
    }

    @Test
    void scoreIsSymmetric() {
        List<Candidate> candidates = List.of(yusuf, yusup,
                person("m-3", "Sutrisno", 1960, "MALE", ACEH, Set.of("Siti")),
                person("m-4", "Siti binti Abdullah", null, "FEMALE", KAJANG_NEIGHBOUR, Set.of("Nurhayati", "Rudi")),
                person(null, null, null, null, null, null),
                nameOnly("m-5", "Muhammad Yusuf"));
        for (Candidate a : candidates) {
            for (Candidate b : candidates) {
                assertThat(scorer.score(a, b)).as("%s / %s", a.memberId(), b.memberId()).isEqualTo(scorer.score(b, a));
            }
        }
    }

    @Test
    void theValueStaysWithinZeroAndOne() {
        DuplicateScorer heavy = new DuplicateScorer(new Weights(1, 1, 5, 1, 1), 0.5);
        assertThat(heavy.score(yusuf, yusuf).value()).isEqualTo(1.0);
        Candidate woman = person("m-9", "Muhammad Yusuf", 1940, "FEMALE", ACEH, null);
        assertThat(heavy.score(yusuf, woman).value()).isEqualTo(0.0);
    }

    @Test
    void weightsAndThresholdAreConfigurable() {
        Score score = scorer.score(yusuf, yusup);
        assertThat(new DuplicateScorer(Weights.DEFAULT, 0.99).needsReview(score)).isFalse();
        assertThat(new DuplicateScorer(Weights.DEFAULT, score.value()).needsReview(score)).isTrue();

        DuplicateScorer nameOnlyScorer = new DuplicateScorer(new Weights(1, 0, 0, 0, 0), 0.9);
        assertThat(nameOnlyScorer.score(yusuf, yusup).value()).isEqualTo(1.0);

        assertThat(scorer.weights()).isEqualTo(new Weights(0.55, 0.15, 0.50, 0.15, 0.15));
        assertThat(scorer.reviewThreshold()).isEqualTo(0.65);
    }

    @Test
    void rejectsNonsenseConfigurationAndInput() {
        assertThatThrownBy(() -> new Weights(-0.1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weights(Double.NaN, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateScorer(Weights.DEFAULT, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateScorer(Weights.DEFAULT, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuplicateScorer(Weights.DEFAULT, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> person("m", "A", null, "X", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> person("m", "A", 71, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> person("m", "A", null, null, "7302062001", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(person("m", "A", null, "female", null, null).sex()).isEqualTo("FEMALE");
    }

    private double yearScore(Integer a, Integer b) {
        return scorer.score(withYear(a), withYear(b)).value();
    }

    private double villageScore(String a, String b) {
        return scorer.score(withVillage(a), withVillage(b)).value();
    }

    private static int ids;

    private static Candidate withYear(Integer year) {
        return person("y-" + ids++, "Siti Aminah", year, null, null, null);
    }

    private static Candidate withVillage(String village) {
        return person("v-" + ids++, "Siti Aminah", null, null, village, null);
    }

    private static Candidate withRelatives(Set<String> relatives) {
        return person("r-" + ids++, "Siti Aminah", null, null, null, relatives);
    }
}
