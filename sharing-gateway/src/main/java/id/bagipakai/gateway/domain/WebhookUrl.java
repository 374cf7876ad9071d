package id.bagipakai.gateway.domain;

import java.net.URI;
import java.net.URISyntaxException;

/** A webhook's address: absolute, http or https, with a host; no user info (credentials would end up in logs). */
public final class WebhookUrl {

    /** @throws IllegalArgumentException saying what is wrong with it */
    public static URI parse(String text) {
        URI url;
        try {
            url = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        if (!url.isAbsolute() || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("must name a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("must not carry credentials; requests are signed instead");
        }
        return url;
    }

    private WebhookUrl() {
    }
}
