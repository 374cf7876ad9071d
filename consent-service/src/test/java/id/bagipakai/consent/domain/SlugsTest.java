package id.bagipakai.consent.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void derivesALowerCaseHyphenatedAsciiClientId() {
        assertThat(Slugs.of("Dinas Sosial Kota Bandung")).isEqualTo("dinas-sosial-kota-bandung");
        assertThat(Slugs.of("  Yayasan Peduli NAPZA (Jabar) ")).isEqualTo("yayasan-peduli-napza-jabar");
        assertThat(Slugs.of("Kementerian Sosial R.I.")).isEqualTo("kementerian-sosial-r-i");
        assertThat(Slugs.of("Café Éducation")).isEqualTo("cafe-education");
        assertThat(Slugs.of("!!!")).isEmpty();
    }

    @Test
    void keepsAtMost63CharactersWithoutATrailingHyphen() {
        String slug = Slugs.of("a".repeat(62) + " b");
        assertThat(slug).hasSizeLessThanOrEqualTo(63).doesNotEndWith("-");
        assertThat(Slugs.isValidClientId(slug)).isTrue();
    }

    @Test
    void acceptsOnlyTidyClientIds() {
        assertThat(Slugs.isValidClientId("demo-agency")).isTrue();
        assertThat(Slugs.isValidClientId("a")).isTrue();
        assertThat(Slugs.isValidClientId("-a")).isFalse();
        assertThat(Slugs.isValidClientId("a-")).isFalse();
        assertThat(Slugs.isValidClientId("Upper")).isFalse();
        assertThat(Slugs.isValidClientId("with space")).isFalse();
        assertThat(Slugs.isValidClientId("")).isFalse();
        assertThat(Slugs.isValidClientId(null)).isFalse();
    }
}
