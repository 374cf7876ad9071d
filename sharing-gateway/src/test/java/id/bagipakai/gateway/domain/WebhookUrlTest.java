package id.bagipakai.gateway.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookUrlTest {

    @Test
    void absoluteHttpAndHttpsUrlsAreTaken() {
        assertThat(WebhookUrl.parse("https://dinsos.example.go.id/hooks/bagipakai?x=1")).hasHost("dinsos.example.go.id");
        assertThat(WebhookUrl.parse(" http://127.0.0.1:9000/h ")).hasPort(9000);
    }

    @Test
    void anythingElseIsRefusedSayingWhy() {
        assertThatThrownBy(() -> WebhookUrl.parse("/hooks")).hasMessageContaining("absolute");
        assertThatThrownBy(() -> WebhookUrl.parse("ftp://example.org/x")).hasMessageContaining("http");
        assertThatThrownBy(() -> WebhookUrl.parse("not a url")).hasMessageContaining("not a URL");
        assertThatThrownBy(() -> WebhookUrl.parse("https:opaque")).hasMessageContaining("host");
        assertThatThrownBy(() -> WebhookUrl.parse("https://user:pw@example.org/")).hasMessageContaining("credentials");
    }

    @Test
    void aStartingPointIsNowEarliestOrACursor() {
        assertThat(StartingPoint.parse(null)).isInstanceOf(StartingPoint.Now.class);
        assertThat(StartingPoint.parse("earliest")).isInstanceOf(StartingPoint.Earliest.class);
        assertThat(StartingPoint.parse("0:12.1:7")).isEqualTo(new StartingPoint.At(StreamCursor.parse("0:12.1:7")));
        assertThatThrownBy(() -> StartingPoint.parse("yesterday")).hasMessageContaining("now, earliest or a cursor");
    }
}
