package id.bagipakai.gateway.pseudonym;

/**
 * RFC 4648 base32 in lower case, without padding. Chosen over base64 for pseudonyms because
 * agencies keep them in spreadsheets and databases that may compare text case-insensitively,
 * where two base64 values differing only in case would collide.
 */
final class Base32 {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >>> bits) & 31));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    private Base32() {
    }
}
