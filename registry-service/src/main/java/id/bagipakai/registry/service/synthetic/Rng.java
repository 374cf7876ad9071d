package id.bagipakai.registry.service.synthetic;

/**
 * SplitMix64: tiny, fast and fully specified here, so a seed gives the same sequence on every JDK
 * and machine (unlike {@code java.util.Random#nextGaussian} or {@code Math.exp}, which may change or
 * use platform intrinsics). Not thread-safe; one per generator.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long seed) {
        this.state = mix(seed ^ 0x5DEECE66DL);
    }

    /** The SplitMix64 finaliser: a good 64-bit bijective hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) from a hash, for properties that must not depend on the seed. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    long nextLong() {
        return mix(state += GOLDEN);
    }

    /** Uniform in [0, bound), bound > 0 (multiply-high: bias below 2^-32, irrelevant here). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [0, bound), bound > 0. */
    long nextLong(long bound) {
        return Math.unsignedMultiplyHigh(nextLong(), bound);
    }

    /** Uniform in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return hi <= lo ? lo : lo + nextInt(hi - lo + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box–Muller with StrictMath, so results are the same everywhere). */
    double gaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }

    /** Index drawn in proportion to {@code weights[0..n)} (non-negative, not all zero). */
    int weighted(double[] weights, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        double x = nextDouble() * total;
        for (int i = 0; i < n; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    int weighted(double[] weights) {
        return weighted(weights, weights.length);
    }
}
