package id.bagipakai.gateway.pseudonym;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Base32Test {

    @Test
    void encodesTheRfc4648VectorsInLowerCaseWithoutPadding() {
        assertThat(encode("")).isEmpty();
        assertThat(encode("f")).isEqualTo("my");
        assertThat(encode("fo")).isEqualTo("mzxq");
        assertThat(encode("foo")).isEqualTo("mzxw6");
        assertThat(encode("foob")).isEqualTo("mzxw6yq");
        assertThat(encode("fooba")).isEqualTo("mzxw6ytb");
        assertThat(encode("foobar")).isEqualTo("mzxw6ytboi");
    }

    private static String encode(String s) {
        return Base32.encode(s.getBytes(StandardCharsets.US_ASCII));
    }
}
