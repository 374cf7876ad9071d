package id.bagipakai.consent.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash chain over revisions: each hash is SHA-256 of the previous hash, the state after the
 * change and the change. Verifying recomputes every link and compares the last state with what
 * the record holds now.
 */
public final class RevisionChain {

    /** The previous hash of a first revision. */
    public static final String GENESIS = "0".repeat(64);

    /** One stored revision, as hashed. */
    public record Link(int revision, String state, String change, String previousHash, String hash) {
    }

    /** The outcome: intact, or the first revision that does not hold and why. */
    public record Verification(boolean intact, int revisions, Integer firstBrokenRevision, String problem) {

        static Verification broken(int revisions, int at, String problem) {
            return new Verification(false, revisions, at, problem);
        }
    }

    /** Our own writer, not the application's mapper: the hashed text must never change with configuration. */
    private static final ObjectWriter WRITER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writer();

    /** A state or change as revisions store and hash it: JSON, fields in declaration order. */
    public static String text(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String hash(String previousHash, String state, String change) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(state.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(change.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * @param links        the revisions in order (1, 2, …)
     * @param currentState the record's state now, written the way revisions write it
     */
    public static Verification verify(List<Link> links, String currentState) {
        String previous = GENESIS;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.revision() != i + 1) {
                return Verification.broken(links.size(), i + 1, "revision " + (i + 1) + " is missing");
            }
            if (!link.previousHash().equals(previous)) {
                return Verification.broken(links.size(), link.revision(), "does not follow the previous revision's hash");
            }
            if (!hash(link.previousHash(), link.state(), link.change()).equals(link.hash())) {
                return Verification.broken(links.size(), link.revision(), "its content does not match its hash");
            }
            previous = link.hash();
        }
        if (links.isEmpty()) {
            return Verification.broken(0, 1, "there is no revision");
        }
        if (!links.getLast().state().equals(currentState)) {
            return Verification.broken(links.size(), links.getLast().revision() + 1,
                    "the record was changed without a revision");
        }
        return new Verification(true, links.size(), null, null);
    }

    private RevisionChain() {
    }
}
