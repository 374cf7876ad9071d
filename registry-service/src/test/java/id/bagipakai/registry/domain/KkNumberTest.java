package id.bagipakai.registry.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KkNumberTest {

    private static final RegionDirectory REGIONS = Set.of("73.02.06", "11.01.01")::contains;

    private static KkNumber valid(String value) {
        KkNumber.Check check = KkNumber.check(value, REGIONS);
        assertThat(check.problems()).isEmpty();
        assertThat(check.valid()).isTrue();
        return check.kkNumber().orElseThrow();
    }

    private static List<String> problems(String value) {
        KkNumber.Check check = KkNumber.check(value, REGIONS);
        assertThat(check.valid()).isFalse();
        assertThat(check.kkNumber()).isEmpty();
        return check.problems();
    }

    @Test
    void acceptsAKnownDistrict() {
        KkNumber kk = valid("1101012345678901");

        assertThat(kk.value()).isEqualTo("1101012345678901");
        assertThat(kk.districtCode()).isEqualTo("11.01.01");
    }

    @Test
    void doesNotValidateTheDigitsAfterTheDistrict() {
        assertThat(valid("7302060000000000").districtCode()).isEqualTo("73.02.06");
        assertThat(valid("7302069999999999").districtCode()).isEqualTo("73.02.06");
    }

    @Test
    void rejectsAnUnknownDistrict() {
        assertThat(problems("7302992345678901")).containsExactly("district 73.02.99 does not exist");
        assertThat(problems("1101002345678901")).containsExactly("district 11.01.00 does not exist");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsAMissingNumber(String value) {
        assertThat(problems(value)).containsExactly("KK number is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110101234567890", "11010123456789012"})
    void rejectsAWrongLength(String value) {
        assertThat(problems(value)).containsExactly(
                "KK number must be 16 digits, got " + value.length() + " characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010123456789O1", "110101234567890 "})
    void rejectsNonDigits(String value) {
        assertThat(problems(value)).containsExactly("KK number must contain only the digits 0-9");
    }

    @Test
    void toStringMasksAllButTheLastFourDigits() {
        KkNumber kk = valid("1101012345678901");

        assertThat(kk.toString()).isEqualTo("KkNumber[************8901]");
        assertThat(KkNumber.check("1101012345678901", REGIONS).toString()).doesNotContain("110101234567");
    }

    @Test
    void equalsByValue() {
        assertThat(valid("1101012345678901")).isEqualTo(valid("1101012345678901"))
                .hasSameHashCodeAs(valid("1101012345678901"))
                .isNotEqualTo(valid("1101012345678902"));
    }
}
