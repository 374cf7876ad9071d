package id.bagipakai.gateway;

import id.bagipakai.testsupport.SseRecorder;
import id.bagipakai.testsupport.StackTestResource;
import id.bagipakai.testsupport.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An agency holds at most its quota of open SSE streams (stream-quota-test-agency: 1, in %test); a closed one frees its place. */
@QuarkusTest
@WithTestResource(value = StackTestResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class OpenStreamQuotaIT {

    @TestHTTPResource("/agency/streams/household-events")
    URL stream;

    @Test
    void aSecondStreamIsRefusedWhileTheFirstIsOpenAndAllowedOnceItClosed() {
        String token = Tokens.clientCredentials("stream-quota-test-agency", "stream-quota-test-agency-dev-secret");
        try (SseRecorder first = SseRecorder.open(stream.toString(), token)) {
            assertThat(first.status()).isEqualTo(200);
            try (SseRecorder second = SseRecorder.open(stream.toString(), token)) {
                assertThat(second.status()).isEqualTo(429);
            }
        }
        // The server sees the first one go when it next writes to it or notices the close.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (SseRecorder again = SseRecorder.open(stream.toString(), token)) {
                return again.status() == 200;
            }
        });
    }
}
