package id.bagipakai.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NikTest {

    private static final RegionDirectory REGIONS = Set.of("73.02.06", "11.01.01")::contains;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private static Nik valid(String value) {
        Nik.Check check = Nik.check(value, REGIONS, TODAY);
        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).isTrue();
        return check.nik().orElseThrow();
    }

    private static List<String> problems(String value) {
        Nik.Check check = Nik.check(value, REGIONS, TODAY);
        assertThat(check.valid()).isFalse();
        assertThat(check.nik()).isEmpty();
        return check.problems();
    }

    @Test
    void decodesAMaleNik() {
        Nik nik = valid("7302061508850001");

        assertThat(nik.value()).isEqualTo("7302061508850001");
        assertThat(nik.districtCode()).isEqualTo("73.02.06");
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1985, 8, 15));
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
        assertThat(nik.serial()).isEqualTo("0001");
    }

    @Test
    void decodesAFemaleNikWithFortyAddedToTheDay() {
        Nik nik = valid("1101015508850002");

        assertThat(nik.districtCode()).isEqualTo("11.01.01");
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1985, 8, 15));
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
        assertThat(nik.serial()).isEqualTo("0002");
    }

    @Test
    void femaleDaysRunFrom41To71() {
        assertThat(valid("7302064101900001").birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(valid("7302064101900001").sex()).isEqualTo(Sex.FEMALE);
        assertThat(valid("7302067101900001").birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(valid("7302067101900001").sex()).isEqualTo(Sex.FEMALE);
        assertThat(valid("7302063101900001").birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
        assertThat(valid("7302063101900001").sex()).isEqualTo(Sex.MALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "310299", // 31 Feb
            "300213", // 30 Feb
            "310490", // 31 Apr
            "000190", // day 00
            "320190", // day 32: neither a male nor a female day
            "400190", // 40: a woman's day 00
            "720190", // 72: a woman's day 32
            "150090", // month 00
            "151390", // month 13
    })
    void rejectsADatePartThatIsNotADate(String datePart) {
        assertThat(problems("730206" + datePart + "0001"))
                .containsExactly("date part " + datePart + " is not a date");
    }

    @Test
    void acceptsTwentyNinthOfFebruaryOnlyInLeapYears() {
        assertThat(valid("7302062902960001").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(valid("7302066902960001").birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        // 2000 is a leap year (divisible by 400).
        assertThat(valid("7302062902000001").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(problems("7302062902970001")).containsExactly("date part 290297 is not a date");
        assertThat(problems("7302066902970001")).containsExactly("date part 690297 is not a date");
    }

    @Test
    void picksTheLatestCenturyThatIsNotInTheFuture() {
        // TODAY is 2025-06-01: born today is 2025, born tomorrow's day-and-month must be 1925.
        assertThat(valid("7302060106250001").birthDate()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(valid("7302060206250001").birthDate()).isEqualTo(LocalDate.of(1925, 6, 2));
        assertThat(valid("7302060101240001").birthDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(valid("7302061508850001").birthDate()).isEqualTo(LocalDate.of(1985, 8, 15));
        assertThat(valid("7302061508260001").birthDate()).isEqualTo(LocalDate.of(1926, 8, 15));
    }

    @Test
    void leapDayFallsBackToACenturyWhereItIsNoDate() {
        // Before 29 Feb 2000 the year 00 means 1900, which was not a leap year.
        Nik.Check check = Nik.check("7302062902000001", REGIONS, LocalDate.of(2000, 2, 28));
        assertThat(check.problems()).containsExactly("date part 290200 is not a date");
    }

    @Test
    void defaultReferenceDateIsToday() {
        Nik.Check check = Nik.check("7302061508850001", REGIONS);
        assertThat(check.nik().orElseThrow().birthDate()).isEqualTo(LocalDate.of(1985, 8, 15));
        // A date later this century than today would be 19xx, not 20xx.
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String datePart = String.format("%02d%02d%02d",
                tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear() % 100);
        assertThat(Nik.check("730206" + datePart + "0001", REGIONS).nik().orElseThrow().birthDate())
                .isEqualTo(tomorrow.minusYears(100));
    }

    @Test
    void rejectsAnUnknownDistrict() {
        assertThat(problems("7302991508850001")).containsExactly("district 73.02.99 does not exist");
        // The regency alone is not enough: the directory is asked for the district.
        assertThat(problems("7302001508850001")).containsExactly("district 73.02.00 does not exist");
    }

    @Test
    void rejectsSerialZero() {
        assertThat(problems("7302061508850000")).containsExactly("serial 0000 is not allowed");
        assertThat(valid("7302061508851000").serial()).isEqualTo("1000");
    }

    @Test
    void reportsEveryProblemOfAWellShapedNik() {
        assertThat(problems("7302993102990000")).containsExactly(
                "district 73.02.99 does not exist",
                "date part 310299 is not a date",
                "serial 0000 is not allowed");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAMissingNik(String value) {
        assertThat(problems(value)).containsExactly("NIK is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"730206150885001", "73020615088500011", "7302-061508-850001"})
    void rejectsAWrongLength(String value) {
        assertThat(problems(value)).containsExactly(
                "NIK must be 16 digits, got " + value.length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "73020615088500A1",
            " 730206150885001",
            "730206150885000١", // Arabic-Indic one: a digit, but not ASCII
            "７３０２０６１５０８８５０００１", // full-width digits
    })
    void rejectsNonAsciiDigits(String value) {
        assertThat(value).hasSize(16);
        assertThat(problems(value)).containsExactly("NIK must contain only the digits 0-9");
    }

    @Test
    void agreesWithTheSameOrAnUnrecordedBirthDate() {
        Nik nik = valid("1101015508850002");

        assertThat(nik.agreesWith(LocalDate.of(1985, 8, 15))).isTrue();
        assertThat(nik.agreesWith(null)).isTrue();
        assertThat(nik.agreesWith(LocalDate.of(1985, 8, 16))).isFalse();
        assertThat(nik.agreesWith(LocalDate.of(2085, 8, 15))).isFalse();
    }

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        Nik nik = valid("7302061508850123");

        assertThat(nik.toString()).isEqualTo("Nik[************0123]");
        assertThat(nik.toString()).doesNotContain("730206").doesNotContain("150885");
        assertThat(Nik.check("7302061508850123", REGIONS, TODAY).toString()).doesNotContain("7302061508850123");
    }

    @Test
    void equalsByValue() {
        assertThat(valid("7302061508850001")).isEqualTo(valid("7302061508850001"))
                .hasSameHashCodeAs(valid("7302061508850001"))
                .isNotEqualTo(valid("7302061508850002"));
    }

    @Test
    void checkHasEitherANikOrProblems() {
        assertThatThrownBy(() -> new Nik.Check(Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Nik nik = valid("7302061508850001");
        assertThatThrownBy(() -> new Nik.Check(Optional.of(nik), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
