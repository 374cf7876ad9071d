package id.bagipakai.eligibility.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kemendagri village code {@code PP.KK.DD.VVVV}. The fourth part tells urban from rural: it
 * starts with 1 for a kelurahan (urban) and with 2 for a desa (rural), the same rule the registry
 * applies (its {@code Location.urban()}); the region files carry no separate flag.
 */
public record VillageCode(String code) {

    private static final Pattern SHAPE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    public VillageCode {
        Objects.requireNonNull(code, "code");
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a village code PP.KK.DD.VVVV: " + code);
        }
    }

    /** {@code PP}. */
    public String province() {
        return code.substring(0, 2);
    }

    /** {@code PP.KK}. */
    public String regency() {
        return code.substring(0, 5);
    }

    public boolean urban() {
        return code.charAt(9) == '1';
    }

    /** {@code PP} as a number (11…96), for array-indexed lookups. */
    public int provinceNumber() {
        return Integer.parseInt(code, 0, 2, 10);
    }

    /** {@code PP * 100 + KK} (1101…9699), for array-indexed lookups. */
    public int regencyNumber() {
        return provinceNumber() * 100 + Integer.parseInt(code, 3, 5, 10);
    }
}
