package id.bagipakai.eligibility.domain;

import java.util.Locale;

/**
 * Status in employment (BPS "status dalam pekerjaan"). Events carry it as free text, the
 * questionnaire's Indonesian label; {@link #parse} also accepts the constant's name.
 */
public enum WorkPosition {
    OWN_ACCOUNT("Berusaha sendiri"),
    EMPLOYER_WITH_TEMPORARY_WORKERS("Berusaha dibantu buruh tidak tetap/tidak dibayar"),
    EMPLOYER_WITH_PERMANENT_WORKERS("Berusaha dibantu buruh tetap"),
    EMPLOYEE("Buruh/karyawan/pegawai"),
    CASUAL_AGRICULTURE("Pekerja bebas di pertanian"),
    CASUAL_NON_AGRICULTURE("Pekerja bebas di nonpertanian"),
    UNPAID_FAMILY_WORKER("Pekerja keluarga/tidak dibayar");

    private final String label;

    WorkPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The position a text names, or null when it names none (then the PMT treats it as missing). */
    public static WorkPosition parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (WorkPosition p : values()) {
            if (p.label.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a free-text sector is agriculture, forestry or fishing (KBLI section A), by the
     * questionnaire's Indonesian sector names or their English equivalents; null for no text.
     */
    public static Boolean agriculturalSector(String sector) {
        if (sector == null || sector.isBlank()) {
            return null;
        }
        String s = sector.strip().toLowerCase(Locale.ROOT);
        for (String prefix : AGRICULTURE) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] AGRICULTURE = {"pertanian", "hortikultura", "perkebunan", "peternakan",
            "perikanan", "kehutanan", "agricultur", "horticultur", "plantation", "livestock", "fisher", "fishing",
            "forestry"};
}
