package id.bagipakai.registry.service.duplicates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two Indonesian personal names are, in [0, 1], for flagging possible duplicates among
 * people without a NIK. Only ever evidence for a human reviewer, never grounds for a merge.
 *
 * <p>A name is first normalised: lower case, diacritics and punctuation removed, honorifics and
 * academic degrees dropped ("Hj.", "Bapak", "Ny.", "Drs.", ", S.Pd."), pre-1972 spelling folded to
 * the current one ("Soekarno" → "sukarno", "Djoko Tjahjono" → "joko cahyono"), doubled letters
 * collapsed ("Abdullah" → "abdulah") and frequent variants of common Arabic-origin names folded to
 * one form ("Moh.", "Muhamad", "Mochammad", "M." → "muhammad"). What follows "bin"/"binti" is the
 * father's name, kept apart so that it cannot swap places with the person's own name.
 *
 * <p>Two names are then compared token by token with Jaro-Winkler, order-insensitively: the best
 * one-to-one matching of tokens, where a token pair counts only if at least {@value #TOKEN_MATCH}
 * similar, and very common tokens ("muhammad", "siti", Balinese birth-order names, initials) weigh
 * half, since sharing them says little.
 */
public final class NameSimilarity {

    /** Token pairs less similar than this are not a match at all (JW gives ~0.5 to unrelated names). */
    static final double TOKEN_MATCH = 0.8;
    /** An initial ("S.") against a token starting with that letter: a weak match. */
    static final double INITIAL_MATCH = 0.8;
    /** Weight of a token that many people share. */
    static final double COMMON_TOKEN_WEIGHT = 0.5;
    /** Share of the score given to the father's name when both names carry one. */
    static final double FATHER_SHARE = 0.2;
    /** Discount when one name has "bin X" and the other may have X as an ordinary part of the name. */
    static final double UNSTRUCTURED_PATRONYMIC_DISCOUNT = 0.95;
    /** A joined token ("nur hayati" → "nurhayati") must be at least this close in length to its match. */
    static final double JOINED_LENGTH_RATIO = 0.8;
    /** Longer names are cut to keep the exact token matching cheap; no real name comes near. */
    static final int MAX_TOKENS = 10;

    private static final double WINKLER_SCALING = 0.1;
    private static final int WINKLER_MAX_PREFIX = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʼ]");
    private static final Pattern NOT_LETTER_OR_DOT = Pattern.compile("[^a-z.]+");

    /** Titles and forms of address, compared without dots. */
    private static final Set<String> HONORIFICS = Set.of(
            "h", "hj", "haji", "hajjah", "hajah",
            "ibu", "bu", "bapak", "pak", "bpk", "ny", "nyonya", "nn", "nona", "tn", "tuan",
            "sdr", "sdri", "saudara", "saudari",
            "alm", "almh", "almarhum", "almarhumah",
            "dr", "drg", "ir", "drs", "dra", "prof",
            "kh", "kyai", "kiai", "ust", "ustad", "ustadz", "ustadzah", "ustazah", "tgk", "teungku",
            // Balinese gender markers (I Wayan, Ni Luh): the sex field carries that information.
            "i", "ni");

    /**
     * Academic and professional degrees, compared without dots ("S.Pd.I" → "spdi"). Only dropped
     * after the first name token, so a name is never taken for a degree ("St." is also Siti).
     */
    private static final Set<String> DEGREES = Set.of(
            "spd", "spdi", "sag", "sh", "shi", "se", "sei", "ssos", "sip", "skom", "st", "sth", "sthi",
            "ssi", "skm", "skep", "sked", "sfarm", "spt", "sp", "ssn", "ama", "amd", "amdkeb",
            "amdkep", "amk", "mpd", "mpdi", "msi", "mm", "mh", "mag", "mkes", "mt", "mkom", "msc",
            "phd", "lc", "bsc", "ns", "apt");

    private static final Set<String> PATRONYMIC_MARKERS = Set.of("bin", "binti", "bt", "bte", "binte", "bint");

    /** Old (pre-1972) spelling betrays itself by these; only then are its rules applied. */
    private static final Pattern OLD_SPELLING = Pattern.compile("oe|dj|tj|sj");

    /**
     * Spelling variants folded to one form. Keys are looked up both as written and after spelling
     * folding. Muhammad/Ahmad/Abdul are the most frequent given-name elements and are routinely
     * abbreviated or transliterated differently by different registrars; "Jusuf" is the old
     * spelling of Yusuf without any other old-spelling marker; Indonesian speakers often write f as
     * p (Yusup); "Noor" is a common variant of Nur.
     */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("muhammad", "muhammad"), Map.entry("muhamad", "muhammad"),
            Map.entry("mohammad", "muhammad"), Map.entry("mohamad", "muhammad"),
            Map.entry("mohammed", "muhammad"), Map.entry("mohamed", "muhammad"),
            Map.entry("muhammed", "muhammad"), Map.entry("muhamed", "muhammad"),
            Map.entry("mochammad", "muhammad"), Map.entry("mochamad", "muhammad"),
            Map.entry("muchammad", "muhammad"), Map.entry("muchamad", "muhammad"),
            Map.entry("mokhammad", "muhammad"), Map.entry("mokhamad", "muhammad"),
            Map.entry("moch", "muhammad"), Map.entry("moh", "muhammad"), Map.entry("muh", "muhammad"),
            Map.entry("mhd", "muhammad"), Map.entry("md", "muhammad"), Map.entry("m", "muhammad"),
            Map.entry("ahmad", "ahmad"), Map.entry("achmad", "ahmad"), Map.entry("akhmad", "ahmad"),
            Map.entry("ahmed", "ahmad"), Map.entry("achmed", "ahmad"),
            Map.entry("abdul", "abdul"), Map.entry("abd", "abdul"), Map.entry("abdoel", "abdul"),
            Map.entry("yusuf", "yusuf"), Map.entry("yusup", "yusuf"), Map.entry("jusuf", "yusuf"),
            Map.entry("noor", "nur"), Map.entry("nor", "nur"));

    /** Tokens that very many people share: they weigh {@value #COMMON_TOKEN_WEIGHT}. */
    private static final Set<String> COMMON_TOKENS = Set.of(
            "muhammad", "ahmad", "abdul", "siti", "nur", "sri",
            "putu", "made", "kadek", "komang", "nyoman", "ketut", "wayan", "gede", "luh", "andi");

    private NameSimilarity() {
    }

    /** A normalised name: the person's own tokens, and the father's after "bin"/"binti" (maybe none). */
    public record ParsedName(List<String> given, List<String> father) {
        public ParsedName {
            given = List.copyOf(given);
            father = List.copyOf(father);
        }

        public boolean isEmpty() {
            return given.isEmpty() && father.isEmpty();
        }

        public boolean hasFather() {
            return !father.isEmpty();
        }

        /** Own tokens, then the father's, as one list. */
        public List<String> all() {
            List<String> all = new ArrayList<>(given);
            all.addAll(father);
            return all;
        }
    }

    /**
     * The normalised form: tokens separated by single spaces, the father's name after " bin "
     * whatever the original marker ("binti", "bt"). Empty for null, blank or punctuation only.
     */
    public static String normalise(String name) {
        ParsedName parsed = parse(name);
        String given = String.join(" ", parsed.given());
        return parsed.hasFather() ? given + " bin " + String.join(" ", parsed.father()) : given;
    }

    /** Normalises a name and splits it into own and father's tokens. */
    public static ParsedName parse(String name) {
        if (name == null) {
            return new ParsedName(List.of(), List.of());
        }
        String text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        text = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        text = NOT_LETTER_OR_DOT.matcher(text).replaceAll(" ").trim();
        if (text.isEmpty()) {
            return new ParsedName(List.of(), List.of());
        }

        List<String> kept = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String raw : text.split(" ")) {
            String dotless = raw.replace(".", "");
            if (dotless.isEmpty()) {
                continue;
            }
            if (DEGREES.contains(dotless) && !kept.isEmpty()) {
                all.add(dotless);
                continue;
            }
            // "H.Ahmad" written without a space is two tokens.
            for (String part : raw.split("\\.")) {
                if (part.isEmpty()) {
                    continue;
                }
                all.add(part);
                if (!HONORIFICS.contains(part)) {
                    kept.add(part);
                }
            }
        }
        // A name made only of titles ("Pak Haji") is still a name: keep what was written.
        List<String> tokens = kept.isEmpty() ? all : kept;

        List<String> given = new ArrayList<>();
        List<String> father = new ArrayList<>();
        boolean afterMarker = false;
        for (String token : tokens) {
            if (PATRONYMIC_MARKERS.contains(token) && !given.isEmpty()) {
                afterMarker = true;
                continue;
            }
            String canonical = canonical(token);
            (afterMarker ? father : given).add(canonical);
        }
        return new ParsedName(cap(given), cap(father));
    }

    /**
     * Similarity of two names in [0, 1]; symmetric. 0 when either name is missing or has no
     * letters: an absent name is no evidence that two records are one person.
     */
    public static double similarity(String a, String b) {
        ParsedName pa = parse(a);
        ParsedName pb = parse(b);
        if (pa.isEmpty() || pb.isEmpty()) {
            return 0.0;
        }
        // A fixed argument order makes the result exactly symmetric, floating-point sums included.
        if (normalisedKey(pa).compareTo(normalisedKey(pb)) > 0) {
            ParsedName swap = pa;
            pa = pb;
            pb = swap;
        }
        double given = tokenSetScore(pa.given(), pb.given());
        if (pa.hasFather() && pb.hasFather()) {
            // Both name the father: he may confirm, but must not outweigh the person's own name.
            double father = tokenSetScore(pa.father(), pb.father());
            return clamp((1 - FATHER_SHARE) * given + FATHER_SHARE * father);
        }
        if (pa.hasFather() != pb.hasFather()) {
            // "Ahmad bin Ismail" may have been written "Ahmad Ismail" elsewhere, or just "Ahmad".
            double flat = UNSTRUCTURED_PATRONYMIC_DISCOUNT * tokenSetScore(pa.all(), pb.all());
            return clamp(Math.max(given, flat));
        }
        return clamp(given);
    }

    /** Jaro similarity in [0, 1], case-sensitive; symmetric. Both empty count as identical. */
    public static double jaro(String a, String b) {
        if (a == null || b == null) {
            return 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        String s1 = a.compareTo(b) <= 0 ? a : b;
        String s2 = s1 == a ? b : a;
        int window = Math.max(0, Math.max(s1.length(), s2.length()) / 2 - 1);
        boolean[] matched1 = new boolean[s1.length()];
        boolean[] matched2 = new boolean[s2.length()];
        int matches = 0;
        for (int i = 0; i < s1.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(s2.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!matched2[j] && s1.charAt(i) == s2.charAt(j)) {
                    matched1[i] = true;
                    matched2[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int outOfOrder = 0;
        int k = 0;
        for (int i = 0; i < s1.length(); i++) {
            if (matched1[i]) {
                while (!matched2[k]) {
                    k++;
                }
                if (s1.charAt(i) != s2.charAt(k)) {
                    outOfOrder++;
                }
                k++;
            }
        }
        double m = matches;
        double transpositions = outOfOrder / 2.0;
        return (m / s1.length() + m / s2.length() + (m - transpositions) / m) / 3.0;
    }

    /**
     * Jaro-Winkler similarity in [0, 1]: Jaro raised for a common prefix of up to 4 characters
     * (scaling 0.1), e.g. MARTHA/MARHTA 0.961, DIXON/DICKSONX 0.813.
     */
    public static double jaroWinkler(String a, String b) {
        double jaro = jaro(a, b);
        if (jaro == 0.0 || jaro == 1.0) {
            return jaro;
        }
        int prefix = 0;
        int limit = Math.min(WINKLER_MAX_PREFIX, Math.min(a.length(), b.length()));
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * WINKLER_SCALING * (1.0 - jaro);
    }

    // --- tokens ---------------------------------------------------------------------------------

    private record Token(String text, double weight, boolean joined) {
        static Token of(String text) {
            boolean common = text.length() == 1 || COMMON_TOKENS.contains(text);
            return new Token(text, common ? COMMON_TOKEN_WEIGHT : 1.0, false);
        }
    }

    private static String canonical(String token) {
        String known = VARIANTS.get(token);
        if (known != null) {
            return known;
        }
        String folded = collapseDoubles(modernSpelling(token));
        return VARIANTS.getOrDefault(folded, folded);
    }

    /**
     * The 1972 spelling reform (EYD): oe → u, dj → j, tj → c, and the old j was a y. Applied only to
     * a token showing an old-spelling marker, since a modern j must stay a j.
     */
    private static String modernSpelling(String token) {
        if (!OLD_SPELLING.matcher(token).find()) {
            return token;
        }
        return token.replace("dj", "\u0000")
                .replace("tj", "c")
                .replace('j', 'y')
                .replace('\u0000', 'j')
                .replace("oe", "u");
    }

    /** "Hassan"/"Hasan", "Abdullah"/"Abdulah", "Sitti"/"Siti": doubled letters are a spelling choice. */
    private static String collapseDoubles(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (i == 0 || c != token.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> cap(List<String> tokens) {
        return tokens.size() <= MAX_TOKENS ? tokens : tokens.subList(0, MAX_TOKENS);
    }

    private static String normalisedKey(ParsedName name) {
        return String.join(" ", name.given()) + " | " + String.join(" ", name.father());
    }

    /**
     * Order-insensitive score of two token lists. When their lengths differ, also tries joining two
     * adjacent tokens of the longer one, since compounds are written both ways ("Nur Hayati" /
     * "Nurhayati", "Abdul Rahman" / "Abdurrahman").
     */
    private static double tokenSetScore(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        List<Token> ta = a.stream().map(Token::of).toList();
        List<Token> tb = b.stream().map(Token::of).toList();
        double best = bestMatching(ta, tb);
        if (ta.size() != tb.size()) {
            List<Token> longer = ta.size() > tb.size() ? ta : tb;
            List<Token> shorter = longer == ta ? tb : ta;
            for (int i = 0; i + 1 < longer.size(); i++) {
                List<Token> joined = new ArrayList<>(longer.subList(0, i));
                joined.add(new Token(longer.get(i).text() + longer.get(i + 1).text(), 1.0, true));
                joined.addAll(longer.subList(i + 2, longer.size()));
                best = Math.max(best, bestMatching(joined, shorter));
            }
        }
        return best;
    }

    /**
     * The best one-to-one matching of tokens (exact, by dynamic programming over subsets of the
     * shorter list), as a weighted Dice coefficient: each matched pair contributes its similarity
     * times both tokens' weights, over the weight of all tokens on both sides. Unmatched tokens thus
     * lower the score, an extra common token less than an extra rare one.
     */
    private static double bestMatching(List<Token> a, List<Token> b) {
        List<Token> outer = a.size() >= b.size() ? a : b;
        List<Token> inner = outer == a ? b : a;
        int n = inner.size();
        double[] best = new double[1 << n];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0.0;
        for (Token token : outer) {
            double[] next = best.clone();
            for (int used = 0; used < best.length; used++) {
                if (best[used] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if ((used & (1 << j)) != 0) {
                        continue;
                    }
                    Token other = inner.get(j);
                    double similarity = tokenSimilarity(token, other);
                    if (similarity == 0.0) {
                        continue;
                    }
                    double value = best[used] + similarity * (token.weight() + other.weight());
                    int now = used | (1 << j);
                    if (value > next[now]) {
                        next[now] = value;
                    }
                }
            }
            best = next;
        }
        double matched = Arrays.stream(best).max().orElse(0.0);
        double total = a.stream().mapToDouble(Token::weight).sum() + b.stream().mapToDouble(Token::weight).sum();
        return total == 0.0 ? 0.0 : matched / total;
    }

    /** Similarity of two tokens, or 0 when they do not match at all. */
    private static double tokenSimilarity(Token a, Token b) {
        String x = a.text();
        String y = b.text();
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0) ? INITIAL_MATCH : 0.0;
        }
        if (a.joined() || b.joined()) {
            double ratio = (double) Math.min(x.length(), y.length()) / Math.max(x.length(), y.length());
            if (ratio < JOINED_LENGTH_RATIO) {
                return 0.0;
            }
        }
        double similarity = jaroWinkler(x, y);
        return similarity >= TOKEN_MATCH ? similarity : 0.0;
    }

    private static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, value));
    }
}
