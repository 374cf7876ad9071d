package id.bagipakai.registry.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Kartu Keluarga (family card) number: 16 digits starting with PPKKDD of the issuing district.
 * Only {@link #check} makes one. Personal data: {@link #toString()} masks it.
 */
public final class KkNumber {

    private final String value;

    private KkNumber(String value) {
        this.value = value;
    }

    /** Outcome of {@link #check}: either a KK number or the reasons there is none, never both. */
    public record Check(Optional<KkNumber> kkNumber, List<String> problems) {
        public Check {
            Objects.requireNonNull(kkNumber, "kkNumber");
            problems = List.copyOf(problems);
            if (kkNumber.isPresent() != problems.isEmpty()) {
                throw new IllegalArgumentException("a check has either a KK number or problems");
            }
        }

        public boolean valid() {
            return kkNumber.isPresent();
        }
    }

    /**
     * Checks the shape and the district prefix only. The last 10 digits are usually described as
     * issue date and serial, but cards issued over the years do not follow that layout reliably
     * enough to reject a family's card on it.
     */
    public static Check check(String value, RegionDirectory regions) {
        Objects.requireNonNull(regions, "regions");
        String shapeProblem = Nik.shapeProblem("KK number", value);
        if (shapeProblem != null) {
            return new Check(Optional.empty(), List.of(shapeProblem));
        }
        String district = Nik.districtCode(value);
        if (!regions.exists(district)) {
            return new Check(Optional.empty(), List.of("district " + district + " does not exist"));
        }
        return new Check(Optional.of(new KkNumber(value)), List.of());
    }

    public String value() {
        return value;
    }

    public String districtCode() {
        return Nik.districtCode(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KkNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "KkNumber[" + Nik.mask(value) + "]";
    }
}
