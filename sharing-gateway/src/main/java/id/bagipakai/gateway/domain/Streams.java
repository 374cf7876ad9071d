package id.bagipakai.gateway.domain;

/** The streams agencies can receive, by the name agreements and roles use. */
public final class Streams {

    public static final String HOUSEHOLD_EVENTS = "household-events";

    private Streams() {
    }
}
