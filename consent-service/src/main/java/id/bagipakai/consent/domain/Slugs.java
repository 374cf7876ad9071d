package id.bagipakai.consent.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Client ids derived from agency names: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    /** What a client id may look like: Keycloak accepts more, but agencies type it into configs. */
    public static final String CLIENT_ID_PATTERN = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";

    /** "Dinas Sosial Kota Bandung" → {@code dinas-sosial-kota-bandung}; accents dropped; at most 63 characters. */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValidClientId(String clientId) {
        return clientId != null && clientId.matches(CLIENT_ID_PATTERN);
    }

    private Slugs() {
    }
}
