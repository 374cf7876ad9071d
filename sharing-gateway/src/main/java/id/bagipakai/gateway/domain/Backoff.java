package id.bagipakai.gateway.domain;

import java.time.Duration;

/**
 * How long to wait before the next attempt: exponential from {@code initial}, capped at
 * {@code max}, with "equal jitter" (half the step fixed, half random). The fixed half keeps the
 * waits growing, so a failing receiver is given more and more room; the random half spreads the
 * retries of many webhooks that failed at the same moment.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /**
     * The wait after attempt {@code failed} (1 = the first) failed.
     *
     * @param jitter a random number in [0, 1)
     */
    public Duration delay(int failed, double jitter) {
        if (failed < 1 || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("failed >= 1 and 0 <= jitter < 1, got " + failed + " and " + jitter);
        }
        long maxMillis = max.toMillis();
        long step = initial.toMillis();
        for (int i = 1; i < failed && step < maxMillis; i++) { // doubling stops at the cap, never overflows
            step *= 2;
        }
        step = Math.min(step, maxMillis);
        long half = step / 2;
        return Duration.ofMillis(step - half + (long) (jitter * half));
    }
}
