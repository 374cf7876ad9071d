package id.bagipakai.registry.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan: 16 digits, PPKKDD (issuing district) DDMMYY (birth date, day + 40 for
 * women) SSSS (serial). Only {@link #check} makes one, so a Nik in hand has an existing district,
 * a real birth date and a non-zero serial. Personal data: {@link #toString()} masks it.
 */
public final class Nik {

    public static final int LENGTH = 16;

    private static final int FEMALE_DAY_OFFSET = 40;

    private final String value;
    private final LocalDate birthDate;
    private final Sex sex;

    private Nik(String value, LocalDate birthDate, Sex sex) {
        this.value = value;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** Outcome of {@link #check}: either a NIK or the reasons there is none, never both. */
    public record Check(Optional<Nik> nik, List<String> problems) {
        public Check {
            Objects.requireNonNull(nik, "nik");
            problems = List.copyOf(problems);
            if (nik.isPresent() != problems.isEmpty()) {
                throw new IllegalArgumentException("a check has either a NIK or problems");
            }
        }

        public boolean valid() {
            return nik.isPresent();
        }
    }

    public static Check check(String value, RegionDirectory regions) {
        return check(value, regions, LocalDate.now());
    }

    /** {@code today} decides the century of the two-digit birth year. */
    public static Check check(String value, RegionDirectory regions, LocalDate today) {
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(today, "today");
        String shapeProblem = shapeProblem("NIK", value);
        if (shapeProblem != null) {
            // The parts are meaningless if the shape is wrong: report only that.
            return new Check(Optional.empty(), List.of(shapeProblem));
        }

        List<String> problems = new ArrayList<>();
        String district = districtCode(value);
        if (!regions.exists(district)) {
            problems.add("district " + district + " does not exist");
        }

        String datePart = value.substring(6, 12);
        int dd = Integer.parseInt(datePart.substring(0, 2));
        int month = Integer.parseInt(datePart.substring(2, 4));
        int yy = Integer.parseInt(datePart.substring(4, 6));
        Sex sex = dd > FEMALE_DAY_OFFSET ? Sex.FEMALE : Sex.MALE;
        int day = sex == Sex.FEMALE ? dd - FEMALE_DAY_OFFSET : dd;
        Optional<LocalDate> birthDate = birthDate(day, month, yy, today);
        if (birthDate.isEmpty()) {
            problems.add("date part " + datePart + " is not a date");
        }

        if (value.endsWith("0000")) {
            problems.add("serial 0000 is not allowed");
        }

        return problems.isEmpty()
                ? new Check(Optional.of(new Nik(value, birthDate.get(), sex)), List.of())
                : new Check(Optional.empty(), problems);
    }

    /**
     * The NIK carries only YY: take the latest century that does not put the birth after
     * {@code today}. A NIK cannot tell a 5-year-old from a 105-year-old; the recorded birth date
     * can, which is what {@link #agreesWith} is for.
     */
    private static Optional<LocalDate> birthDate(int day, int month, int yy, LocalDate today) {
        int century = Math.floorDiv(today.getYear(), 100) * 100;
        Optional<LocalDate> recent = date(century + yy, month, day);
        if (recent.isPresent() && !recent.get().isAfter(today)) {
            return recent;
        }
        // Checked on its own: 29 Feb can be a date in one century and not in the other.
        return date(century - 100 + yy, month, day);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    /** Null if {@code value} is 16 ASCII digits, else why not; {@code label} names the identifier. */
    static String shapeProblem(String label, String value) {
        if (value == null || value.isEmpty()) {
            return label + " is missing";
        }
        if (value.length() != LENGTH) {
            return label + " must be " + LENGTH + " digits, got " + value.length() + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // Not Character.isDigit: that accepts other scripts' digits, which no register issues.
            if (c < '0' || c > '9') {
                return label + " must contain only the digits 0-9";
            }
        }
        return null;
    }

    /** "PP.KK.DD" from the first six digits of a 16-digit identifier. */
    static String districtCode(String value) {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }

    /** All but the last four digits replaced, so logs and error output carry no identifier. */
    static String mask(String value) {
        return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
    }

    public String value() {
        return value;
    }

    public String districtCode() {
        return districtCode(value);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String serial() {
        return value.substring(12);
    }

    /**
     * Whether the date in the NIK matches the recorded birth date (true when none is recorded).
     * Register data errors make disagreement legitimate: use this to flag, never to reject.
     */
    public boolean agreesWith(LocalDate recordedBirthDate) {
        return recordedBirthDate == null || recordedBirthDate.equals(birthDate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Nik[" + mask(value) + "]";
    }
}
