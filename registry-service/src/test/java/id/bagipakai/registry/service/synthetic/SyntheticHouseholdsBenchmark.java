package id.bagipakai.registry.service.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.bagipakai.registry.domain.household.HouseholdDocument;
import id.bagipakai.registry.domain.household.Member;
import id.bagipakai.contracts.codes.Ppks;
import id.bagipakai.registry.domain.household.Programme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Not a test (surefire does not pick up *Benchmark): measures the generation rate, the heap the
 * reference data retains, and prints the distributions the generator produces. Run with
 * {@code ./mvnw -o -pl registry-service -Dtest=SyntheticHouseholdsBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}
 * (optionally {@code -Dbenchmark.households=N}).
 */
class SyntheticHouseholdsBenchmark {

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("benchmark.households", 1_000_000);

        // Heap retained by the reference data: average over a few live copies.
        long t0 = System.nanoTime();
        ReferenceData first = ReferenceData.load();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        List<ReferenceData> copies = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < 5; i++) {
            copies.add(ReferenceData.load());
        }
        long after = usedAfterGc();
        System.out.printf("reference data: %d regencies, %d villages, %d persons; load %d ms; retained ~%.0f KB%n",
                first.regencyCount(), first.villageCount(), first.population(), loadMs,
                (after - before) / 5.0 / 1024);
        System.out.printf("  regencies without villages %d, without population %d%n",
                first.regenciesWithoutVillages(), first.regenciesWithoutPopulation());
        copies.clear();

        // Warm up, then time a single thread.
        SyntheticHouseholds warm = new SyntheticHouseholds(first, 1);
        long sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += warm.next().members().size();
        }
        SyntheticHouseholds generator = new SyntheticHouseholds(first, 2);
        long start = System.nanoTime();
        long people = 0;
        for (int i = 0; i < n; i++) {
            people += generator.next().members().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("generated %,d households (%,d people) in %.2f s: %,.0f households/s single thread%n",
                n, people, seconds, n / seconds);
        long heapAfter = usedAfterGc();
        System.out.printf("heap in use after generating (GC'd): %.1f MB (nothing retained per household)%n",
                heapAfter / 1024.0 / 1024);

        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        SyntheticHouseholds forJson = new SyntheticHouseholds(first, 3);
        long bytes = 0;
        start = System.nanoTime();
        int jsonN = Math.min(n, 200_000);
        for (int i = 0; i < jsonN; i++) {
            bytes += json.writeValueAsBytes(forJson.next()).length;
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("generate + JSON: %,.0f households/s, %.0f bytes per household%n", jsonN / seconds,
                bytes / (double) jsonN);

        System.out.println("(warm-up checksum " + sink + ")");
        distributions(first);
    }

    private static void distributions(ReferenceData reference) {
        SyntheticHouseholds g = new SyntheticHouseholds(reference, 42);
        int households = 200_000;
        Map<String, Integer> counts = new TreeMap<>();
        int members = 0;
        for (int i = 0; i < households; i++) {
            HouseholdDocument d = g.next();
            members += d.members().size();
            count(counts, "size." + d.members().size());
            count(counts, "urban." + d.location().urban());
            count(counts, "kk." + (d.kkNumber() != null));
            count(counts, "tenure." + d.housing().tenure());
            count(counts, "floor." + d.housing().floor());
            count(counts, "wall." + d.housing().wall());
            count(counts, "roof." + d.housing().roof());
            count(counts, "water." + d.housing().drinkingWater());
            count(counts, "lighting." + d.housing().lighting());
            count(counts, "fuel." + d.housing().cookingFuel());
            count(counts, "toilet." + d.housing().toilet());
            count(counts, "fridge." + d.assets().refrigerator());
            count(counts, "smartphone." + d.assets().smartphone());
            count(counts, "motorcycle." + d.assets().motorcycle());
            count(counts, "car." + d.assets().car());
            count(counts, "livestock." + (d.livestock() != null && (d.livestock().cattle() + d.livestock().goatsSheep()
                    + d.livestock().pigs() + d.livestock().buffalo() + d.livestock().horses()) > 0));
            for (Programme p : d.programmesReceived()) {
                count(counts, "programme." + p);
            }
            boolean ppks = false;
            for (Member m : d.members()) {
                if (m.ppks() != null) {
                    ppks = true;
                    for (Ppks p : m.ppks()) {
                        count(counts, "ppks.member." + p);
                    }
                }
            }
            count(counts, "ppks.household." + ppks);
        }
        System.out.printf("%nper household (n=%,d), mean size %.2f%n", households, members / (double) households);
        counts.forEach((k, v) -> System.out.printf("  %-55s %8d  %6.2f %%%n", k, v, 100.0 * v / households));

        SyntheticHouseholds g2 = new SyntheticHouseholds(reference, 42);
        Map<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < households; i++) {
            for (Member x : g2.next().members()) {
                int age = 2026 - x.birthYear();
                count(m, "nik." + (x.nik() != null));
                if (x.noNik() != null) {
                    count(m, "noNik." + x.noNik().reason());
                    count(m, "noNik.altIds." + !x.noNik().alternativeIds().isEmpty());
                }
                count(m, "sex." + x.sex());
                count(m, "rel." + x.relationship());
                count(m, "age." + bucket(age));
                count(m, "disabled." + (x.disability() != null && x.disability().any()));
                count(m, "pregnant." + x.pregnant());
                count(m, "jkn." + x.jknStatus());
                count(m, "marital." + x.maritalStatus());
                if (age >= 25) {
                    count(m, "edu25+." + x.education());
                }
                if (age >= 15 && x.work() != null) {
                    count(m, "work15+." + x.work().status());
                }
                count(m, "birthDate." + (x.birthDate() != null));
            }
        }
        System.out.printf("%nper member (n=%,d)%n", members);
        final int total = members;
        m.forEach((k, v) -> System.out.printf("  %-55s %9d  %6.2f %%%n", k, v, 100.0 * v / total));
    }

    private static String bucket(int age) {
        return age < 5 ? "00-04" : age < 15 ? "05-14" : age < 25 ? "15-24" : age < 45 ? "25-44" : age < 60 ? "45-59"
                : age < 75 ? "60-74" : "75+";
    }

    private static void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            best = Math.min(best, rt.totalMemory() - rt.freeMemory());
        }
        return best;
    }
}
