package id.bagipakai.eligibility.domain;

/**
 * A household's welfare deciles (1 = poorest 10 % of persons) in each ranking scope; 0 where the
 * household is not ranked (no location: no province or regency desil).
 */
public record Desils(int national, int province, int regency) {

    public static final Desils NONE = new Desils(0, 0, 0);

    public Desils {
        check(national);
        check(province);
        check(regency);
    }

    /** The desil in a scope, 0 when unranked there. */
    public int in(Scope scope) {
        return switch (scope) {
            case NATIONAL -> national;
            case PROVINCE -> province;
            case REGENCY -> regency;
        };
    }

    private static void check(int desil) {
        if (desil < 0 || desil > 10) {
            throw new IllegalArgumentException("desil must be 1..10 (or 0 = unranked): " + desil);
        }
    }

    /** Where a household is ranked against the others. */
    public enum Scope {
        NATIONAL, PROVINCE, REGENCY;

        /** "national", "province", "regency": as rule files and reasons spell it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
