package id.bagipakai.registry.service.synthetic;

import java.time.LocalDate;
import java.time.Year;

/**
 * Hands out NIK birth days and serials so that no NIK repeats within one generator, however many
 * people it makes, with memory bounded by the number of districts (not by the count).
 *
 * <p>A NIK is {@code PPKKDD DDMMYY SSSS}. Given the district, the birth year and the sex (all drawn
 * realistically by the generator), the free part is the day of the year and the serial: {@code days
 * x 9999} slots per <em>class</em> (district, birth year, sex). Each class has a counter {@code k};
 * the k-th person of the class gets slot {@code (a*k + b) mod M}, with {@code M = days * 9999} and
 * {@code a} coprime to {@code M}: an affine bijection on the slots, so the first M people of a class
 * get M different slots, i.e. different NIKs. The slot splits into day ({@code slot mod days}) and
 * serial ({@code slot / days + 1}, never 0000). {@code a} and {@code b} are hashes of the seed and the
 * class, so the sequence of birth days and serials looks random and differs between seeds.
 *
 * <p>Across seeds nothing is guaranteed, but two generators of n1 and n2 people collide only when
 * two people share a class and their independent permutations hit the same slot: about
 * {@code sum over classes of n1c*n2c / M}, M about 3.65 million: it grows with the product of the
 * two sizes. Measured: two seeds of a million households each (3.7 million NIKs each) shared 13 NIKs,
 * so two runs of 20,000 households share one with a probability of about 0.5 %. Nothing better is
 * possible on average: the free part of a NIK holds only about 22 bits per class.
 *
 * <p>Memory: one {@code int[200]} per district actually used (about 6 MB if all 7,000+ are), fixed.
 * A class holds at least 9,999 people (one day, for the current year on 1 January); more than M in
 * one class throws rather than repeat a NIK.
 */
final class NikAllocator {

    static final int SERIALS = 9999;
    /** Birth years from asOf.year - 99 to asOf.year. */
    static final int YEARS = 100;

    private final long seedHash;
    private final int asOfYear;
    private final int asOfDayOfYear;
    private final int[][] counters;

    NikAllocator(long seed, LocalDate asOf, int regencyCount) {
        this.seedHash = Rng.mix(seed ^ 0x243F6A8885A308D3L);
        this.asOfYear = asOf.getYear();
        this.asOfDayOfYear = asOf.getDayOfYear();
        this.counters = new int[regencyCount * 100][];
    }

    /**
     * Allocates the next NIK slot of the class.
     *
     * @return {@code dayOfYear << 16 | serial}, day of year 1-based, serial 1..9999
     */
    int allocate(int regency, int dd, int birthYear, boolean female) {
        int yearIndex = asOfYear - birthYear;
        if (yearIndex < 0 || yearIndex >= YEARS) {
            throw new IllegalArgumentException("birth year " + birthYear + " outside the NIK range");
        }
        int district = regency * 100 + dd;
        int[] c = counters[district];
        if (c == null) {
            c = counters[district] = new int[YEARS * 2];
        }
        int cls = yearIndex * 2 + (female ? 1 : 0);
        int days = birthYear == asOfYear ? asOfDayOfYear : Year.isLeap(birthYear) ? 366 : 365;
        long m = (long) days * SERIALS;
        long k = c[cls];
        if (k >= m) {
            throw new IllegalStateException("NIK space of district " + district + ", year " + birthYear
                    + " exhausted after " + k + " people");
        }
        c[cls]++;
        long h = Rng.mix(seedHash ^ Rng.mix(((long) district << 8 | cls) * 0x9E3779B97F4A7C15L));
        long b = Long.remainderUnsigned(h, m);
        long a = 1 + Long.remainderUnsigned(Rng.mix(h), m - 1);
        while (gcd(a, m) != 1) {
            a = a + 1 == m ? 1 : a + 1;
        }
        long slot = (a * k + b) % m; // a, k < 2^22: no overflow
        int day = (int) (slot % days) + 1;
        int serial = (int) (slot / days) + 1;
        return day << 16 | serial;
    }

    private static long gcd(long x, long y) {
        while (y != 0) {
            long t = x % y;
            x = y;
            y = t;
        }
        return x;
    }
}
