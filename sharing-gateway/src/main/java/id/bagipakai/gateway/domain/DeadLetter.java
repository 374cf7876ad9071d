package id.bagipakai.gateway.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A record a webhook could not take after every attempt. Only where the event lies and what went
 * wrong, no personal data: a replay reads the event again from the topic and decides it anew.
 *
 * @param lastStatus the receiver's last HTTP status, or null when it never answered
 * @param lastError  why the last attempt failed (a status or a connection error, never a body)
 * @param replayedAt when a replay delivered it, or null
 */
public record DeadLetter(UUID id, UUID webhookId, String agreementId, String eventPosition, StreamCursor eventCursor,
                         String eventType, int attempts, Integer lastStatus, String lastError, Instant failedAt,
                         Instant replayedAt) {

    /** Partition and offset of the event, from {@code eventPosition} ("partition-offset"). */
    public int partition() {
        return Integer.parseInt(eventPosition.substring(0, eventPosition.indexOf('-')));
    }

    public long offset() {
        return Long.parseLong(eventPosition.substring(eventPosition.indexOf('-') + 1));
    }
}
