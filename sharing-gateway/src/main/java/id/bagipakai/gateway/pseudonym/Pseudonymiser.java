package id.bagipakai.gateway.pseudonym;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-agency pseudonyms: HMAC-SHA256 under a key of the {@link KeyRing} over agency, kind and
 * value. The same value looks the same to one agency as long as the key version stays current;
 * two agencies see unrelated values, and joining them needs the key, which never leaves the
 * gateway; the kind keeps a NIK apart from a member id with the same digits. Pure apart from
 * reading the ring's keys, which it holds in memory.
 */
public final class Pseudonymiser {

    public static final String HOUSEHOLD = "household";
    public static final String MEMBER = "member";
    public static final String NIK = "nik";
    public static final String KK = "kk";
    /** The event's own id: the same for every agency otherwise, it would let two agencies join records. */
    public static final String EVENT = "event";
    /** An objection to an eligibility decision: its id is the same for every agency, like an event's. */
    public static final String OBJECTION = "objection";
    /** Followed by the issuer: the same case number from two issuers is two identifiers. */
    public static final String ALTERNATIVE_ID = "alt-id:";

    /**
     * 128 of the 256 bits: guessing one needs the key anyway, and the chance that two of even a
     * billion identifiers share a pseudonym stays below 1e-20, while the text stays short (26
     * characters of base32).
     */
    static final int PSEUDONYM_BYTES = 16;

    private final KeyRing keys;

    public Pseudonymiser(KeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** {@code p<version>_<base32>}: the version says which key made it, so a re-keying can be matched. */
    public static String pseudonym(KeyVersion key, String agency, String kind, String value) {
        return pseudonym(mac(key), key.version(), agency, kind, value);
    }

    /** One value's pseudonym for the agency, with the current key. */
    public String current(String agency, String kind, String value) {
        return pseudonym(keys.current(), agency, kind, value);
    }

    /**
     * Replaces, in place and with the current key, the household id, event id, KK number, member
     * ids, NIKs and alternative ids a household event carries, and the objection ids of an
     * eligibility result's decisions; a field that is absent or null stays so.
     */
    public void apply(ObjectNode record, String agency) {
        KeyVersion key = keys.current();
        Mac mac = mac(key);
        replace(record, "householdId", mac, key.version(), agency, HOUSEHOLD);
        replace(record, "eventId", mac, key.version(), agency, EVENT);
        if (record.get("decisions") instanceof ArrayNode decisions) {
            for (JsonNode d : decisions) {
                if (d instanceof ObjectNode decision) {
                    replace(decision, "objectionId", mac, key.version(), agency, OBJECTION);
                }
            }
        }
        if (!(record.get("household") instanceof ObjectNode household)) {
            return;
        }
        replace(household, "kkNumber", mac, key.version(), agency, KK);
        if (!(household.get("members") instanceof ArrayNode members)) {
            return;
        }
        for (JsonNode m : members) {
            if (!(m instanceof ObjectNode member)) {
                continue;
            }
            replace(member, "memberId", mac, key.version(), agency, MEMBER);
            replace(member, "nik", mac, key.version(), agency, NIK);
            if (member.path("noNik").get("alternativeIds") instanceof ArrayNode ids) {
                for (JsonNode id : ids) {
                    if (id instanceof ObjectNode alternative) {
                        replace(alternative, "value", mac, key.version(), agency,
                                ALTERNATIVE_ID + alternative.path("issuer").asText(""));
                    }
                }
            }
        }
    }

    /**
     * What each value's pseudonym for the agency becomes from one key version to another, old to
     * new, so that an agency can carry its records over a rotation without ever seeing the values.
     */
    public Map<String, String> rekey(String agency, int fromVersion, int toVersion, String kind,
                                     Collection<String> rawValues) {
        Mac from = mac(keys.key(fromVersion));
        Mac to = mac(keys.key(toVersion));
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String value : rawValues) {
            pairs.put(pseudonym(from, fromVersion, agency, kind, value), pseudonym(to, toVersion, agency, kind, value));
        }
        return Collections.unmodifiableMap(pairs);
    }

    private static void replace(ObjectNode node, String field, Mac mac, int version, String agency, String kind) {
        JsonNode value = node.get(field);
        if (value != null && !value.isNull()) {
            node.put(field, pseudonym(mac, version, agency, kind, value.isValueNode() ? value.asText() : value.toString()));
        }
    }

    private static String pseudonym(Mac mac, int version, String agency, String kind, String value) {
        // 0x00 between the parts keeps the input unambiguous: ("ab", "c") never reads as ("a", "bc").
        mac.update(bytes(noNul(agency, "agency")));
        mac.update((byte) 0);
        mac.update(bytes(noNul(kind, "kind")));
        mac.update((byte) 0);
        byte[] hash = mac.doFinal(bytes(Objects.requireNonNull(value, "value")));
        return "p" + version + "_" + Base32.encode(Arrays.copyOf(hash, PSEUDONYM_BYTES));
    }

    private static Mac mac(KeyVersion key) {
        try {
            Mac mac = Mac.getInstance(KeyVersion.ALGORITHM);
            mac.init(key.key());
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e); // every JVM must provide it
        }
    }

    private static String noNul(String part, String name) {
        if (Objects.requireNonNull(part, name).indexOf('\0') >= 0) {
            throw new IllegalArgumentException(name + " must not contain NUL");
        }
        return part;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
