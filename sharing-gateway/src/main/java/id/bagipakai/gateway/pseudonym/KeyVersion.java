package id.bagipakai.gateway.pseudonym;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Objects;

/**
 * One version of the pseudonym key. Equal when version and key bytes are; its text shows the
 * version only, so a key never ends up in a log line.
 */
public record KeyVersion(int version, SecretKey key) {

    static final String ALGORITHM = "HmacSHA256";

    public KeyVersion {
        if (version < 1) {
            throw new IllegalArgumentException("key versions start at 1: " + version);
        }
        Objects.requireNonNull(key, "key");
    }

    static KeyVersion of(int version, byte[] bytes) {
        return new KeyVersion(version, new SecretKeySpec(bytes, ALGORITHM));
    }

    @Override
    public String toString() {
        return "KeyVersion[v" + version + "]";
    }
}
