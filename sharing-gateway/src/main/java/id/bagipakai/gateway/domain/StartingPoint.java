package id.bagipakai.gateway.domain;

/**
 * Where a webhook starts reading, or is rewound to: {@code now} (what is published from here on),
 * {@code earliest} (all the topic still holds) or a cursor this gateway gave out.
 */
public sealed interface StartingPoint {

    record Now() implements StartingPoint {
    }

    record Earliest() implements StartingPoint {
    }

    record At(StreamCursor cursor) implements StartingPoint {
    }

    /**
     * @param text null or blank means {@code now}
     * @throws IllegalArgumentException when it is none of the three
     */
    static StartingPoint parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("now")) {
            return new Now();
        }
        if (text.strip().equals("earliest")) {
            return new Earliest();
        }
        try {
            return new At(StreamCursor.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected now, earliest or a cursor (partition:offset pairs joined by '.')");
        }
    }
}
