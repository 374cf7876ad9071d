package id.bagipakai.registry.service.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores how likely two members without a NIK are the same person, so that likely duplicates can
 * be put before a human reviewer. It never decides anything: a high score means "have a look",
 * and nothing is merged or dropped on its strength (people without a NIK must stay findable).
 *
 * <p>The score is weighted evidence, clamped to [0, 1]:
 * <pre>
 *   value = name·s + birthYear·e_year + village·e_village + relatives·e_relatives − sexMismatch·[sexes differ]
 * </pre>
 * with s the {@link NameSimilarity} of the names in [0, 1], e_year and e_village in [−1, 1], and
 * e_relatives in [0, 1]. Whatever is unknown on either side contributes 0: missing data is never
 * held against a person, nor for them.
 *
 * <p>Default weights ({@link Weights#DEFAULT}), which sum to 1 over the positive evidence so that
 * full agreement scores 1:
 * <ul>
 *   <li><b>name 0.55</b> — the main evidence, but not enough alone: identical names
 *       ("Sutrisno") are common, so a name needs at least one other agreeing fact to reach the
 *       review threshold, and all other facts agreeing (0.45) do not reach it without some name
 *       similarity: relatives, village and birth year are shared by siblings and neighbours.</li>
 *   <li><b>birth year 0.15</b> — same year +1, ±1 +0.7, ±2 +0.4 (years are often estimated for
 *       people without documents), 3–5 years −0.5 (estimates are often rounded to five years),
 *       more −1.</li>
 *   <li><b>village 0.15</b> — same village +1, same district (PP.KK.DD) +0.5, same regency 0 (people
 *       move within a regency), farther −0.5 only: the homeless, migrants, returnees and disaster
 *       victims move, so distance is weak evidence against.</li>
 *   <li><b>relatives 0.15</b> — the share of household members whose names match one-to-one
 *       (&ge; {@value #RELATIVE_MATCH}) over the smaller household; no overlap is neutral, since
 *       households split and re-form.</li>
 *   <li><b>sex mismatch −0.50</b> — recorded sex rarely changes, so a difference cancels almost
 *       all other evidence; a match is neutral (half of everyone matches).</li>
 * </ul>
 * <b>Review threshold 0.65</b>: identical names plus one agreeing fact (same year 0.70, or a
 * spelling variant of ~0.9 with same village and a birth year ±1 0.75) are reviewed; identical
 * names alone (0.55), or with only the same district (0.625), are not.
 */
public final class DuplicateScorer {

    /** Two relatives' names match at or above this similarity. */
    public static final double RELATIVE_MATCH = 0.9;
    public static final double DEFAULT_REVIEW_THRESHOLD = 0.65;

    private static final Pattern VILLAGE_CODE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final int MIN_YEAR = 1850;
    private static final int MAX_YEAR = 2200;

    /** A person to compare; everything but the member id may be unknown (null or empty). */
    public record Candidate(String memberId, String name, Integer birthYear, String sex, String villageCode,
                            Set<String> relativeNames) {
        public Candidate {
            name = blankToNull(name);
            if (birthYear != null && (birthYear < MIN_YEAR || birthYear > MAX_YEAR)) {
                throw new IllegalArgumentException("birth year must be a four-digit year, was " + birthYear);
            }
            sex = blankToNull(sex);
            if (sex != null) {
                sex = sex.toUpperCase(Locale.ROOT);
                if (!sex.equals("MALE") && !sex.equals("FEMALE")) {
                    throw new IllegalArgumentException("sex must be MALE, FEMALE or null, was " + sex);
                }
            }
            villageCode = blankToNull(villageCode);
            if (villageCode != null && !VILLAGE_CODE.matcher(villageCode).matches()) {
                throw new IllegalArgumentException("village code must be PP.KK.DD.VVVV, was " + villageCode);
            }
            relativeNames = relativeNames == null ? Set.of() : relativeNames.stream()
                    .filter(relative -> relative != null && !relative.isBlank())
                    .collect(Collectors.toUnmodifiableSet());
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** How likely two candidates are one person, in [0, 1], and the facts behind it. */
    public record Score(double value, List<String> reasons) {
        public Score {
            if (!(value >= 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException("score must be in [0, 1], was " + value);
            }
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * Weights of the evidence (see the class comment). All must be finite and non-negative;
     * {@code sexMismatch} is subtracted when the recorded sexes differ.
     */
    public record Weights(double name, double birthYear, double sexMismatch, double village, double relatives) {
        public static final Weights DEFAULT = new Weights(0.55, 0.15, 0.50, 0.15, 0.15);

        public Weights {
            requireWeight("name", name);
            requireWeight("birthYear", birthYear);
            requireWeight("sexMismatch", sexMismatch);
            requireWeight("village", village);
            requireWeight("relatives", relatives);
        }

        private static void requireWeight(String what, double weight) {
            if (!Double.isFinite(weight) || weight < 0.0) {
                throw new IllegalArgumentException(what + " weight must be finite and >= 0, was " + weight);
            }
        }
    }

    // Only to put the two candidates in a fixed order, which makes score(a, b) equal score(b, a)
    // exactly, reasons included.
    private static final Comparator<Candidate> ORDER = Comparator
            .comparing(Candidate::memberId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::birthYear, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::sex, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Candidate::villageCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(candidate -> String.join("\u0000", candidate.relativeNames().stream().sorted().toList()));

    private final Weights weights;
    private final double reviewThreshold;

    public DuplicateScorer(Weights weights, double reviewThreshold) {
        this.weights = Objects.requireNonNull(weights, "weights");
        if (!(reviewThreshold > 0.0 && reviewThreshold <= 1.0)) {
            throw new IllegalArgumentException("review threshold must be in (0, 1], was " + reviewThreshold);
        }
        this.reviewThreshold = reviewThreshold;
    }

    /** Default weights and threshold, explained in the class comment. */
    public static DuplicateScorer defaults() {
        return new DuplicateScorer(Weights.DEFAULT, DEFAULT_REVIEW_THRESHOLD);
    }

    public Weights weights() {
        return weights;
    }

    public double reviewThreshold() {
        return reviewThreshold;
    }

    /** Whether a pair with this score should go to a human reviewer (never merged automatically). */
    public boolean needsReview(Score score) {
        return score.value() >= reviewThreshold;
    }

    /** The evidence that {@code a} and {@code b} are the same person; symmetric. */
    public Score score(Candidate a, Candidate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (ORDER.compare(a, b) > 0) {
            Candidate swap = a;
            a = b;
            b = swap;
        }
        List<String> reasons = new ArrayList<>();
        double value = weights.name() * nameEvidence(a, b, reasons)
                + weights.birthYear() * birthYearEvidence(a.birthYear(), b.birthYear(), reasons)
                + weights.village() * villageEvidence(a.villageCode(), b.villageCode(), reasons)
                + weights.relatives() * relativesEvidence(a.relativeNames(), b.relativeNames(), reasons)
                - weights.sexMismatch() * sexMismatch(a.sex(), b.sex(), reasons);
        return new Score(clamp(value), reasons);
    }

    private static double nameEvidence(Candidate a, Candidate b, List<String> reasons) {
        if (a.name() == null || b.name() == null) {
            reasons.add("name missing");
            return 0.0;
        }
        double similarity = NameSimilarity.similarity(a.name(), b.name());
        reasons.add(String.format(Locale.ROOT, "names %.2f similar", similarity));
        return similarity;
    }

    private static double birthYearEvidence(Integer a, Integer b, List<String> reasons) {
        if (a == null || b == null) {
            return 0.0;
        }
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        int gap = high - low;
        if (gap == 0) {
            reasons.add("same birth year " + low);
            return 1.0;
        }
        if (gap <= 2) {
            reasons.add("birth years " + low + " and " + high);
            return gap == 1 ? 0.7 : 0.4;
        }
        if (gap <= 5) {
            reasons.add("birth years " + low + " and " + high + " differ by " + gap);
            return -0.5;
        }
        reasons.add("birth years " + low + " and " + high + " far apart");
        return -1.0;
    }

    private static double villageEvidence(String a, String b, List<String> reasons) {
        if (a == null || b == null) {
            return 0.0;
        }
        if (a.compareTo(b) > 0) {
            String swap = a;
            a = b;
            b = swap;
        }
        if (a.equals(b)) {
            reasons.add("same village " + a);
            return 1.0;
        }
        if (a.regionMatches(0, b, 0, 8)) {
            reasons.add("same district " + a.substring(0, 8) + " (villages " + a + " and " + b + ")");
            return 0.5;
        }
        if (a.regionMatches(0, b, 0, 5)) {
            reasons.add("same regency " + a.substring(0, 5) + " (villages " + a + " and " + b + ")");
            return 0.0;
        }
        reasons.add("villages far apart: " + a + " and " + b);
        return -0.5;
    }

    /**
     * Share of relatives whose names match one-to-one (best pairs first), over the smaller
     * household. 0 (neutral) when either side lists none.
     */
    private static double relativesEvidence(Set<String> a, Set<String> b, List<String> reasons) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        List<String> left = a.stream().sorted().toList();
        List<String> right = b.stream().sorted().toList();
        record Pair(int left, int right, double similarity) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                double similarity = NameSimilarity.similarity(left.get(i), right.get(j));
                if (similarity >= RELATIVE_MATCH) {
                    pairs.add(new Pair(i, j, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(Pair::left).thenComparingInt(Pair::right));
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        int matches = 0;
        for (Pair pair : pairs) {
            if (!leftUsed[pair.left()] && !rightUsed[pair.right()]) {
                leftUsed[pair.left()] = true;
                rightUsed[pair.right()] = true;
                matches++;
            }
        }
        reasons.add(matches == 0 ? "no relatives with matching names"
                : matches == 1 ? "1 relative with a matching name"
                : matches + " relatives with matching names");
        return (double) matches / Math.min(left.size(), right.size());
    }

    private static double sexMismatch(String a, String b, List<String> reasons) {
        if (a == null || b == null || a.equals(b)) {
            return 0.0;
        }
        reasons.add("sex differs (" + a + " and " + b + ")");
        return 1.0;
    }

    private static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, value));
    }
}
