package id.bagipakai.gateway.domain;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * An agency's webhook: where released records of one {@code stream} are POSTed, signed with
 * {@code secret}, and how far it has been served ({@code cursor}: every record before it was
 * delivered, dead-lettered or not for this agency).
 */
public record Webhook(UUID id, String agency, String stream, URI url, String secret, StreamCursor cursor,
                      Instant createdAt) {

    /** Without the secret: records end up in logs. */
    @Override
    public String toString() {
        return "Webhook[id=" + id + ", agency=" + agency + ", stream=" + stream + ", url=" + url + ", cursor=" + cursor
                + "]";
    }
}
