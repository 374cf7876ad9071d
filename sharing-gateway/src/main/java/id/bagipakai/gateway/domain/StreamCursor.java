package id.bagipakai.gateway.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where an agency stands in a stream: for each partition of the topic, the offset of the next
 * record it has not been given. Written {@code 0:120.1:98.2:143}, it is the SSE event id, the pull
 * cursor and a webhook's position. Records of one household share a partition, so resuming from a
 * cursor gives every later record once and in order per household. A partition the cursor does
 * not name (the topic grew) is read from its start.
 */
public record StreamCursor(Map<Integer, Long> next) {

    private static final Pattern TEXT = Pattern.compile("\\d{1,4}:\\d{1,19}(\\.\\d{1,4}:\\d{1,19})*");

    public StreamCursor {
        next = Map.copyOf(new TreeMap<>(next));
    }

    public static StreamCursor empty() {
        return new StreamCursor(Map.of());
    }

    /** @throws IllegalArgumentException when the text is not a cursor this gateway wrote */
    public static StreamCursor parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a stream cursor: expected partition:offset pairs joined by '.'"
                    + ", as given in event ids and cursors");
        }
        Map<Integer, Long> next = new TreeMap<>();
        for (String pair : text.split("\\.")) {
            int colon = pair.indexOf(':');
            try {
                next.put(Integer.parseInt(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a stream cursor: offset out of range in " + pair);
            }
        }
        return new StreamCursor(next);
    }

    /** The cursor once the record at {@code offset} of {@code partition} has been dealt with. */
    public StreamCursor after(int partition, long offset) {
        Map<Integer, Long> moved = new TreeMap<>(next);
        moved.put(partition, offset + 1);
        return new StreamCursor(moved);
    }

    /** Offset of the next record to read on the partition; 0 (its start) when not named. */
    public long nextOffset(int partition) {
        return next.getOrDefault(partition, 0L);
    }

    public boolean names(int partition) {
        return next.containsKey(partition);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(next).forEach((p, o) -> text.append(text.isEmpty() ? "" : ".").append(p).append(':').append(o));
        return text.toString();
    }
}
