package id.bagipakai.consent.domain;

import org.junit.jupiter.api.Test;

import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPeriodsTest {

    @Test
    void readsIsoPeriodsAndDays() {
        assertThat(RetentionPeriods.parse("P90D")).contains(Period.ofDays(90));
        assertThat(RetentionPeriods.parse("P2Y6M")).contains(Period.of(2, 6, 0));
        assertThat(RetentionPeriods.parse("365")).contains(Period.ofDays(365));
        assertThat(RetentionPeriods.parse(" 30 ")).contains(Period.ofDays(30));
    }

    @Test
    void refusesWhatIsNotAPositivePeriod() {
        assertThat(RetentionPeriods.parse("0")).isEmpty();
        assertThat(RetentionPeriods.parse("P0D")).isEmpty();
        assertThat(RetentionPeriods.parse("P-1D")).isEmpty();
        assertThat(RetentionPeriods.parse("-5")).isEmpty();
        assertThat(RetentionPeriods.parse("a year")).isEmpty();
        assertThat(RetentionPeriods.parse("PT24H")).isEmpty();
        assertThat(RetentionPeriods.parse("")).isEmpty();
        assertThat(RetentionPeriods.parse(null)).isEmpty();
    }
}
