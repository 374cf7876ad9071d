package id.bagipakai.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Set;

import static id.bagipakai.policy.Fixtures.NOW;
import static id.bagipakai.policy.Fixtures.terms;
import static id.bagipakai.policy.Fixtures.withRegions;
import static id.bagipakai.policy.Fixtures.withWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTermsTest {

    private static final AgreementTerms TERMS = terms(LegalBasis.PUBLIC_TASK, Set.of("/location/regionCode"));

    @ParameterizedTest
    @ValueSource(strings = {"/members/0/name", "/members/*/ppks/*", "/nope", "members/*/name", "/location/", "/Location"})
    void refusesPointersOutsideTheHouseholdDocument(String pointer) {
        assertThatThrownBy(() -> terms(LegalBasis.PUBLIC_TASK, Set.of(pointer)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(pointer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "32.7", "32.73.", "32-73", "32.73.01.100", ""})
    void refusesMalformedRegionPrefixes(String prefix) {
        assertThatThrownBy(() -> withRegions(TERMS, Set.of(prefix))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> withWindow(TERMS, NOW, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegionPrefixMatchesWholeCodeParts() {
        AgreementTerms t = withRegions(TERMS, Set.of("32.73", "73.02.06.2001"));
        assertThat(t.coversRegion("32.73.01.1001")).isTrue();
        assertThat(t.coversRegion("32.73")).isTrue();
        assertThat(t.coversRegion("32.74.01.1001")).isFalse();
        assertThat(t.coversRegion("32.731.01.1001")).as("a malformed code sharing the digits").isFalse();
        assertThat(t.coversRegion("73.02.06.20015")).isFalse();
        assertThat(t.coversRegion("73.02.06.2001")).isTrue();
        assertThat(t.coversRegion("73.02.06.2002")).isFalse();
        assertThat(t.coversRegion(null)).isFalse();
    }

    @Test
    void noRegionPrefixCoversNothing() {
        assertThat(withRegions(TERMS, Set.of()).coversRegion("32.73.01.1001")).isFalse();
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEnd() {
        AgreementTerms t = withWindow(TERMS, NOW, NOW.plus(Duration.ofDays(1)));
        assertThat(t.withinWindow(NOW.minusNanos(1))).isFalse();
        assertThat(t.withinWindow(NOW)).isTrue();
        assertThat(t.withinWindow(NOW.plus(Duration.ofDays(1)).minusNanos(1))).isTrue();
        assertThat(t.withinWindow(NOW.plus(Duration.ofDays(1)))).isFalse();
    }
}
