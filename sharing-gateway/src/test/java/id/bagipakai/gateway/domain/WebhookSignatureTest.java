package id.bagipakai.gateway.domain;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I";
    private static final String BODY = "{\"householdId\":\"h1\",\"agreementId\":\"a1\"}";
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void theHeaderIsTimestampAndHexHmacOfTimestampDotBody() throws Exception {
        String header = WebhookSignature.header(SECRET, AT, BODY);

        // What a receiver computes with nothing but the JDK.
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((AT.getEpochSecond() + "." + BODY)
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(header).isEqualTo("t=" + AT.getEpochSecond() + ",v1=" + expected);
    }

    @Test
    void itVerifiesOnlyTheSameBodyUnderTheSameSecretWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, AT, BODY);
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plusSeconds(10), tolerance)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, BODY.replace("h1", "h2"), AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", header, BODY, AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, AT.plus(Duration.ofMinutes(6)), tolerance)).isFalse();
        // A recorded request with a new timestamp does not carry a valid signature.
        String moved = header.replace("t=" + AT.getEpochSecond(), "t=" + (AT.getEpochSecond() + 60));
        assertThat(WebhookSignature.verify(SECRET, moved, BODY, AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY, AT, tolerance)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, null, BODY, AT, tolerance)).isFalse();
    }

    @Test
    void aSecretIs32RandomBytesInBase64Url() {
        SecureRandom random = new SecureRandom();
        String one = WebhookSignature.newSecret(random);
        String two = WebhookSignature.newSecret(random);

        assertThat(one).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two);
        assertThat(Base64.getUrlDecoder().decode(one)).hasSize(32);
    }
}
