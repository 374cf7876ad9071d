package id.bagipakai.registry.service.duplicates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NameSimilarityTest {

    // --- Jaro-Winkler ---------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "MARTHA, MARHTA, 0.961",
            "DIXON, DICKSONX, 0.813",
            "DWAYNE, DUANE, 0.840",
            "JELLYFISH, SMELLYFISH, 0.896",
    })
    void jaroWinklerKnownValues(String a, String b, double expected) {
        assertThat(NameSimilarity.jaroWinkler(a, b)).isCloseTo(expected, within(0.0005));
    }

    @Test
    void jaroWithoutThePrefixBoost() {
        assertThat(NameSimilarity.jaro("MARTHA", "MARHTA")).isCloseTo(0.944, within(0.0005));
        assertThat(NameSimilarity.jaro("DIXON", "DICKSONX")).isCloseTo(0.767, within(0.0005));
        // No common prefix: Jaro-Winkler adds nothing.
        assertThat(NameSimilarity.jaroWinkler("CRATE", "TRACE")).isCloseTo(0.733, within(0.0005));
    }

    @Test
    void jaroWinklerEdgeCases() {
        assertThat(NameSimilarity.jaroWinkler("SUTRISNO", "SUTRISNO")).isEqualTo(1.0);
        assertThat(NameSimilarity.jaroWinkler("ABC", "XYZ")).isEqualTo(0.0);
        assertThat(NameSimilarity.jaroWinkler("", "ABC")).isEqualTo(0.0);
        assertThat(NameSimilarity.jaroWinkler("ABC", "")).isEqualTo(0.0);
        assertThat(NameSimilarity.jaroWinkler(null, "ABC")).isEqualTo(0.0);
        assertThat(NameSimilarity.jaroWinkler("", "")).isEqualTo(1.0);
        // Case-sensitive: normalisation is the caller's (and similarity's) business.
        assertThat(NameSimilarity.jaroWinkler("abc", "ABC")).isEqualTo(0.0);
    }

    @ParameterizedTest
    @CsvSource({"MARTHA, MARHTA", "DIXON, DICKSONX", "sutrisno, sutrisna", "aminah, rahayu", "ab, bca"})
    void jaroWinklerIsSymmetric(String a, String b) {
        assertThat(NameSimilarity.jaroWinkler(a, b)).isEqualTo(NameSimilarity.jaroWinkler(b, a));
    }

    // --- normalisation --------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hj. Siti Aminah, S.Pd.          | siti aminah",
            "Bapak H. Sutrisno               | sutrisno",
            "Ibu Sri Wahyuni                 | sri wahyuni",
            "Ny. Dewi Lestari                | dewi lestari",
            "Drs. Ir. Bambang Susilo, M.Si.  | bambang susilo",
            "Alm. Haji Slamet                | slamet",
            "Sdr. Tn. Rudi                   | rudi",
            "H.Ahmad Fauzi                   | ahmad fauzi",
            "I Wayan Sudarta                 | wayan sudarta",
            "Budi Santoso SE                 | budi santoso",
    })
    void dropsHonorificsAndDegrees(String name, String expected) {
        assertThat(NameSimilarity.normalise(name)).isEqualTo(expected);
    }

    @Test
    void honorificsDoNotChangeTheScore() {
        assertThat(NameSimilarity.similarity("Hj. Siti Aminah, S.Pd.", "Siti Aminah")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("Bapak Sutrisno", "Pak H. Sutrisno")).isEqualTo(1.0);
    }

    @Test
    void aDegreeIsNotDroppedWhereItCanOnlyBeAName() {
        // "St." is also an abbreviation of Siti: in first position it stays.
        assertThat(NameSimilarity.normalise("St. Hasnah")).isEqualTo("st hasnah");
    }

    @Test
    void aNameOfTitlesOnlyIsKept() {
        assertThat(NameSimilarity.normalise("Ibu")).isEqualTo("ibu");
        assertThat(NameSimilarity.normalise("Pak Haji")).isEqualTo("pak haji");
    }

    @Test
    void stripsDiacriticsCaseAndApostrophes() {
        assertThat(NameSimilarity.normalise("SITĪ Āminah")).isEqualTo("siti aminah");
        assertThat(NameSimilarity.normalise("Ma'ruf Amin")).isEqualTo("maruf amin");
        assertThat(NameSimilarity.similarity("Ma’ruf", "MARUF")).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Muhammad", "Muhamad", "Mohammad", "Mohamad", "Moh.", "Muh.", "M.", "Mochammad",
            "Mohammed", "Mhd."})
    void foldsMuhammadVariants(String variant) {
        assertThat(NameSimilarity.normalise(variant + " Yusuf")).isEqualTo("muhammad yusuf");
        assertThat(NameSimilarity.similarity(variant + " Yusuf", "Muhammad Yusuf")).isEqualTo(1.0);
    }

    @Test
    void foldsOtherCommonVariants() {
        assertThat(NameSimilarity.normalise("Achmad Yusup")).isEqualTo("ahmad yusuf");
        assertThat(NameSimilarity.normalise("Abd. Jusuf")).isEqualTo("abdul yusuf");
        assertThat(NameSimilarity.normalise("Sitti Noor")).isEqualTo("siti nur");
        assertThat(NameSimilarity.normalise("Hassan Abdullah")).isEqualTo("hasan abdulah");
    }

    @Test
    void foldsOldSpelling() {
        assertThat(NameSimilarity.normalise("Soekarno")).isEqualTo("sukarno");
        assertThat(NameSimilarity.normalise("Djoko Tjahjono")).isEqualTo("joko cahyono");
        assertThat(NameSimilarity.normalise("Soetjipto")).isEqualTo("sucipto");
        // A modern j is left alone: only old-spelling tokens have j → y.
        assertThat(NameSimilarity.normalise("Panji Joko")).isEqualTo("panji joko");
    }

    @Test
    void emptyAndNullNames() {
        assertThat(NameSimilarity.normalise(null)).isEmpty();
        assertThat(NameSimilarity.normalise("  ")).isEmpty();
        assertThat(NameSimilarity.normalise("...,")).isEmpty();
        assertThat(NameSimilarity.parse(null).isEmpty()).isTrue();
        assertThat(NameSimilarity.similarity(null, "Budi")).isEqualTo(0.0);
        assertThat(NameSimilarity.similarity("Budi", null)).isEqualTo(0.0);
        assertThat(NameSimilarity.similarity(null, null)).isEqualTo(0.0);
        assertThat(NameSimilarity.similarity("", "")).isEqualTo(0.0);
        assertThat(NameSimilarity.similarity("...", "Budi")).isEqualTo(0.0);
    }

    // --- bin / binti ----------------------------------------------------------------------------

    @Test
    void separatesTheFathersName() {
        NameSimilarity.ParsedName parsed = NameSimilarity.parse("Siti binti H. Abdullah");
        assertThat(parsed.given()).containsExactly("siti");
        assertThat(parsed.father()).containsExactly("abdulah");
        assertThat(NameSimilarity.normalise("Ahmad bt. Ismail")).isEqualTo("ahmad bin ismail");
    }

    @Test
    void fatherAndSonAreNotTheSameName() {
        assertThat(NameSimilarity.similarity("Ahmad bin Ismail", "Ismail bin Ahmad")).isEqualTo(0.0);
    }

    @Test
    void anOmittedPatronymicIsNoContradiction() {
        assertThat(NameSimilarity.similarity("Ahmad bin Ismail", "Ahmad")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("Ahmad bin Ismail", "Ahmad Ismail")).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void aDifferentFatherLowersTheScoreWithoutDominatingIt() {
        double sameFather = NameSimilarity.similarity("Ahmad bin Ismail", "Achmad bin Ismail");
        double otherFather = NameSimilarity.similarity("Ahmad bin Ismail", "Achmad bin Yusuf");
        assertThat(sameFather).isEqualTo(1.0);
        assertThat(otherFather).isCloseTo(0.8, within(1e-9));
    }

    // --- token scoring --------------------------------------------------------------------------

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(NameSimilarity.similarity("Siti Aminah", "Aminah Siti")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("Yusuf Moh.", "Muhammad Yusuf")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("Budi Santoso Wibowo", "Wibowo Budi Santosa"))
                .isCloseTo((2 + 2 + 2 * NameSimilarity.jaroWinkler("santoso", "santosa")) / 6, within(1e-9));
    }

    @Test
    void spellingVariantsScoreHighButBelowIdentical() {
        double similarity = NameSimilarity.similarity("Sutrisno", "Sutrisna");
        assertThat(similarity).isCloseTo(0.95, within(1e-9));
    }

    @Test
    void unrelatedNamesScoreZero() {
        assertThat(NameSimilarity.similarity("Sutrisno", "Bambang")).isEqualTo(0.0);
        // JW gives unrelated tokens ~0.5; below the token match floor that must count as nothing.
        assertThat(NameSimilarity.jaroWinkler("aminah", "rahayu")).isGreaterThan(0.5);
        assertThat(NameSimilarity.similarity("Aminah", "Rahayu")).isEqualTo(0.0);
    }

    @Test
    void missingTokensLowerTheScore() {
        assertThat(NameSimilarity.similarity("Sutrisno", "Sutrisno Hadi")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void commonTokensWeighLess() {
        // Sharing "Bambang" counts for half of the name, sharing "Muhammad" for only a third.
        assertThat(NameSimilarity.similarity("Bambang Yusuf", "Bambang Rizki")).isCloseTo(0.5, within(1e-9));
        assertThat(NameSimilarity.similarity("Muhammad Yusuf", "Muhammad Rizki")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(NameSimilarity.similarity("Siti Aminah", "Siti Rahayu")).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void compoundsWrittenTogetherOrApartMatch() {
        assertThat(NameSimilarity.similarity("Nur Hayati", "Nurhayati")).isEqualTo(1.0);
        assertThat(NameSimilarity.similarity("Abdul Rahman", "Abdurrahman")).isGreaterThan(0.95);
        // ...but joining must not make a name with an extra word look like the shorter one.
        assertThat(NameSimilarity.similarity("Sutrisno Hadi", "Sutrisno")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void anInitialIsAWeakMatch() {
        // s/siswondo 0.8 · (0.5 + 1) + parman 1 · 2, over 0.5 + 1 + 1 + 1
        assertThat(NameSimilarity.similarity("S. Parman", "Siswondo Parman")).isCloseTo(3.2 / 3.5, within(1e-9));
        assertThat(NameSimilarity.similarity("T. Parman", "Siswondo Parman")).isCloseTo(2.0 / 3.5, within(1e-9));
    }

    @Test
    void similarityIsSymmetricAndInRange() {
        List<String> names = List.of("Muhammad Yusuf", "Moh. Yusup bin Ahmad", "Siti Aminah", "Aminah",
                "Nur Hayati", "Nurhayati Siti", "Sutrisno", "Sutrisna Hadi", "S. Parman", "Ahmad bin Ismail",
                "Ismail Ahmad", "Hj.", "");
        for (String a : names) {
            for (String b : names) {
                double ab = NameSimilarity.similarity(a, b);
                assertThat(ab).as("%s / %s", a, b).isEqualTo(NameSimilarity.similarity(b, a)).isBetween(0.0, 1.0);
            }
        }
    }
}
