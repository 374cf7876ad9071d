package id.bagipakai.gateway.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60));

    @Test
    void theStepDoublesWithEachFailureAndHalfOfItIsJitter() {
        assertThat(backoff.delay(1, 0)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.delay(1, 0.999)).isBetween(Duration.ofMillis(499), Duration.ofMillis(500));
        assertThat(backoff.delay(2, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delay(3, 0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(backoff.delay(3, 0.5)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void belowTheCapWaitsNeverShrinkFromOneAttemptToTheNextWhateverTheJitter() {
        // 500ms doubled six times is 32s; the seventh doubling is capped at 60s.
        for (int failed = 1; failed <= 6; failed++) {
            assertThat(backoff.delay(failed + 1, 0)).isGreaterThanOrEqualTo(backoff.delay(failed, 0.999));
        }
    }

    @Test
    void theStepStopsAtTheCapEvenAfterVeryManyFailures() {
        assertThat(backoff.delay(8, 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(1_000, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(Integer.MAX_VALUE, 0.999)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> backoff.delay(0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
