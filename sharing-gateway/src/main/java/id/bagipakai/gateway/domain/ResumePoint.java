package id.bagipakai.gateway.domain;

import java.util.regex.Pattern;

/**
 * An SSE event id, which the client sends back as {@code Last-Event-ID}. Usually a
 * {@link StreamCursor}: everything before it was delivered. An event released under several
 * agreements is sent once per agreement, in agreement-id order; every copy but the last carries
 * {@code cursor~partition~agreementId}: the event at that cursor's position on that partition was
 * delivered up to that agreement. So a client cut off between two copies gets the rest, not all.
 *
 * @param partition            the partition of the partly delivered event, or null
 * @param deliveredThrough     the agreement id of its last copy delivered, or null
 */
public record ResumePoint(StreamCursor cursor, Integer partition, String deliveredThrough) {

    private static final Pattern AGREEMENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** @throws IllegalArgumentException when the text is no id this gateway wrote */
    public static ResumePoint parse(String text) {
        String[] parts = text.split("~", -1);
        if (parts.length == 1) {
            return new ResumePoint(StreamCursor.parse(parts[0]), null, null);
        }
        if (parts.length != 3 || !parts[1].matches("\\d{1,4}") || !AGREEMENT_ID.matcher(parts[2]).matches()) {
            throw new IllegalArgumentException("not an event id of this stream");
        }
        return new ResumePoint(StreamCursor.parse(parts[0]), Integer.parseInt(parts[1]), parts[2]);
    }

    /** The id of the copy of the event at {@code offset} of {@code partition} sent under {@code agreementId}. */
    public static String idOf(StreamCursor after, int partition, long offset, String agreementId, boolean lastCopy) {
        return lastCopy ? after.toString() : after.after(partition, offset - 1) + "~" + partition + "~" + agreementId;
    }

    /** Whether the copy of this event under {@code agreementId} was delivered before the cut. */
    public boolean delivered(int eventPartition, long eventOffset, String agreementId) {
        return partition != null && partition == eventPartition && cursor.nextOffset(eventPartition) == eventOffset
                && agreementId.compareTo(deliveredThrough) <= 0;
    }
}
