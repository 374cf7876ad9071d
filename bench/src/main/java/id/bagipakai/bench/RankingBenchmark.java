package id.bagipakai.bench;

import id.bagipakai.eligibility.domain.DesilChange;
import id.bagipakai.eligibility.domain.HouseholdProfile;
import id.bagipakai.eligibility.domain.WelfareScore;
import id.bagipakai.eligibility.service.PmtModel;
import id.bagipakai.eligibility.service.WelfareRanking;
import id.bagipakai.eligibility.service.WelfareScorer;
import id.bagipakai.eligibility.service.synthetic.SyntheticProfiles;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Welfare scoring and ranking of eligibility-service's pure core, in process (no stack needed).
 * Generates N synthetic household profiles (seeded, placed across regencies by population; not
 * timed), scores each with its explanation (the scoring rate), loads the scores into a
 * {@link WelfareRanking}, times a full re-rank (national, province, regency) and the heap it
 * retains, then times U incremental events after a warm-up — 60 % rescores (one in ten moving to
 * another regency), 20 % new households, 20 % removals — each event's latency measured alone.
 * Finally a full rebuild checks that the incremental desils are still exactly a recompute.
 *
 * <p>Run from the repository root, without installing anything (the reactor's own jars are used):
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * (. deploy/lib/jdk.sh &amp;&amp; "$JAVA_HOME/bin/java" -Xmx1g -Dbench=ranking -Dhouseholds=1000000 -Dupdates=100000 \
 *     -cp bench/target/classes:$(cat bench/target/bench.classpath) id.bagipakai.bench.Bench)
 * </pre>
 * {@code deploy/lib/jdk.sh} picks a JDK 21+ as {@code mvnw} does (the default {@code java} may be 17).
 * Options: {@code -Dwarmup=10000}. The other modules' jars on the class path are the reactor's
 * {@code target/} jars, never {@code ~/.m2} snapshots.
 */
public final class RankingBenchmark {

    private static final long SEED = 2026;

    public static void main(String[] args) {
        int households = Integer.getInteger("households", 1_000_000);
        int updates = Integer.getInteger("updates", 100_000);
        int warmup = Integer.getInteger("warmup", 10_000);
        System.out.printf("ranking benchmark: %,d households, %,d events (+%,d warm-up), %d cores, max heap %,d MiB%n",
                households, updates, warmup, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        WelfareScorer scorer = new WelfareScorer(PmtModel.load("2026.1"));
        SyntheticProfiles synthetic = new SyntheticProfiles(SEED);
        long[] idHigh = new long[households]; // primitives, so that the heap measured below is the ranking's
        long[] idLow = new long[households];
        short[] regency = new short[households];

        long baseline = usedHeap();
        WelfareRanking ranking = new WelfareRanking();
        long scoringNanos = 0;
        long valueNanos = 0;
        long generationNanos = 0;
        long contributions = 0;
        double checksum = 0;
        final int batch = 10_000;
        List<HouseholdProfile> profiles = new ArrayList<>(batch);
        for (int done = 0; done < households; done += batch) {
            int n = Math.min(batch, households - done);
            long t0 = System.nanoTime();
            profiles.clear();
            for (int i = 0; i < n; i++) {
                profiles.add(synthetic.next());
            }
            long t1 = System.nanoTime();
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                WelfareScore s = scorer.score(profiles.get(i));
                scores[i] = s.value();
                contributions += s.contributions().size();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                checksum += scorer.value(profiles.get(i));
            }
            long t3 = System.nanoTime();
            generationNanos += t1 - t0;
            scoringNanos += t2 - t1;
            valueNanos += t3 - t2;
            for (int i = 0; i < n; i++) {
                HouseholdProfile p = profiles.get(i);
                UUID id = UUID.fromString(p.householdId());
                idHigh[done + i] = id.getMostSignificantBits();
                idLow[done + i] = id.getLeastSignificantBits();
                regency[done + i] = (short) p.village().regencyNumber();
                ranking.load(id, scores[i], Math.max(1, p.memberCount()), p.regionCode());
            }
        }
        profiles.clear();
        System.out.printf("generated %,d profiles in %.1f s (not timed)%n", households, generationNanos / 1e9);
        System.out.printf("scoring with explanation: %.2f s, %,.0f households/s (%.1f terms each)%n",
                scoringNanos / 1e9, households / (scoringNanos / 1e9), (double) contributions / households);
        System.out.printf("scoring, value only:      %.2f s, %,.0f households/s (checksum %.3f)%n",
                valueNanos / 1e9, households / (valueNanos / 1e9), checksum / households);

        long t = System.nanoTime();
        ranking.rebuild();
        double first = (System.nanoTime() - t) / 1e9;
        t = System.nanoTime();
        ranking.rebuild();
        double second = (System.nanoTime() - t) / 1e9;
        long retained = usedHeap() - baseline;
        System.out.printf("full re-rank of %,d households (%,d persons): %.2f s (again, warm: %.2f s); "
                        + "ranking retains %.0f MiB of heap (%.0f bytes/household)%n",
                ranking.size(), ranking.persons(), first, second, retained / 1048576.0, (double) retained / households);
        System.out.println("  " + summary(ranking, idHigh, idLow));

        SplittableRandom rng = new SplittableRandom(SEED + 1);
        Event[] events = events(warmup + updates, rng, synthetic, scorer, idHigh, idLow, regency);
        long[] latency = new long[updates];
        long changes = 0;
        long[] byScope = new long[3]; // national, province, regency desil changes of households other than the event's
        for (int i = 0; i < events.length; i++) {
            Event e = events[i];
            long s = System.nanoTime();
            List<DesilChange> reported = e.remove
                    ? ranking.remove(e.id)
                    : ranking.put(e.id, e.score, e.persons, e.region);
            long elapsed = System.nanoTime() - s;
            if (i >= warmup) {
                latency[i - warmup] = elapsed;
                changes += reported.size();
                for (DesilChange c : reported) {
                    if (c.before() != null && c.after() != null && !c.householdId().equals(e.id)) {
                        byScope[0] += c.before().national() != c.after().national() ? 1 : 0;
                        byScope[1] += c.before().province() != c.after().province() ? 1 : 0;
                        byScope[2] += c.before().regency() != c.after().regency() ? 1 : 0;
                    }
                }
            }
        }
        Arrays.sort(latency);
        double mean = Arrays.stream(latency).average().orElse(0) / 1e6;
        System.out.printf("incremental events: %,d after %,d warm-up; per event mean %.3f ms, p50 %.3f ms, p99 %.3f ms, "
                        + "max %.3f ms; %.1f households reported changed per event%n",
                updates, warmup, mean, latency[updates / 2] / 1e6, latency[(int) (updates * 0.99)] / 1e6,
                latency[updates - 1] / 1e6, (double) changes / updates);
        System.out.printf("  other households' desil changes per event: national %.2f, province %.2f, regency %.2f%n",
                byScope[0] / (double) updates, byScope[1] / (double) updates, byScope[2] / (double) updates);

        long[] differ = {0};
        t = System.nanoTime();
        ranking.rebuild(c -> differ[0]++);
        System.out.printf("check: a full rebuild after the events (%.2f s, %,d households) finds %d desils that differ "
                + "from the incremental ones%n", (System.nanoTime() - t) / 1e9, ranking.size(), differ[0]);
        System.out.printf("heap used at the end: %.0f MiB%n", usedHeap() / 1048576.0);
        Reference.reachabilityFence(ranking); // measured above with the ranking still alive
    }

    /** One pre-computed event, so that the timed part is the ranking alone. */
    private record Event(UUID id, boolean remove, double score, int persons, String region) {
    }

    private static Event[] events(int count, SplittableRandom rng, SyntheticProfiles synthetic, WelfareScorer scorer,
                                  long[] idHigh, long[] idLow, short[] regency) {
        Event[] events = new Event[count];
        int n = idHigh.length;
        boolean[] removed = new boolean[n];
        for (int i = 0; i < count; i++) {
            double kind = rng.nextDouble();
            HouseholdProfile fresh = synthetic.next();
            double score = scorer.value(fresh);
            int persons = Math.max(1, fresh.memberCount());
            if (kind < 0.6) { // rescore an existing household, now and then in another regency
                int h = rng.nextInt(n);
                while (removed[h]) {
                    h = rng.nextInt(n);
                }
                if (rng.nextDouble() < 0.1) {
                    regency[h] = (short) fresh.village().regencyNumber();
                }
                events[i] = new Event(new UUID(idHigh[h], idLow[h]), false, score, persons, village(regency[h]));
            } else if (kind < 0.8) { // a new household
                events[i] = new Event(UUID.fromString(fresh.householdId()), false, score, persons, fresh.regionCode());
            } else { // a household leaves the registry
                int h = rng.nextInt(n);
                while (removed[h]) {
                    h = rng.nextInt(n);
                }
                removed[h] = true;
                events[i] = new Event(new UUID(idHigh[h], idLow[h]), true, 0, 0, null);
            }
        }
        return events;
    }

    /** A village code in the regency (the ranking reads only province and regency). */
    private static String village(short regency) {
        return String.format("%02d.%02d.01.2001", regency / 100, regency % 100);
    }

    private static String summary(WelfareRanking ranking, long[] idHigh, long[] idLow) {
        int[] byDesil = new int[11];
        for (int i = 0; i < idHigh.length; i += 97) {
            byDesil[ranking.desils(new UUID(idHigh[i], idLow[i])).national()]++;
        }
        return "households per national desil (1 in 97 sampled, desils are by persons so poorer, larger "
                + "households make the low desils hold fewer households): " + Arrays.toString(Arrays.copyOfRange(byDesil, 1, 11));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private RankingBenchmark() {
    }
}
