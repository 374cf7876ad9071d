package id.bagipakai.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of one agreement's disclosures: each row's hash covers its content, its place
 * ({@code seq}) and the previous row's hash, so an edited, removed or inserted row breaks every
 * link after it. Pure; the verification walks rows in {@code seq} order.
 */
public final class DisclosureChain {

    /** The previous hash of an agreement's first disclosure. */
    public static final String GENESIS = "0".repeat(64);

    /** Where a chain first breaks, or intact with how many rows were checked. */
    public record Verification(String agreementId, long checked, boolean intact, Long brokenAtSeq, String problem) {
    }

    /** Walks one chain; feed every row in seq order, then ask {@link #result()}. */
    public static final class Verifier {
        private final String agreementId;
        private long checked;
        private long expectedSeq = 1;
        private String previousHash = GENESIS;
        private Verification broken;

        public Verifier(String agreementId) {
            this.agreementId = agreementId;
        }

        /** Returns false once broken: nothing after the first broken link needs reading. */
        public boolean accept(Disclosure row) {
            if (broken != null) {
                return false;
            }
            String problem = null;
            if (row.seq() != expectedSeq) {
                problem = row.seq() > expectedSeq ? "rows " + expectedSeq + ".." + (row.seq() - 1) + " are missing"
                        : "row " + row.seq() + " is out of order";
            } else if (!row.previousHash().equals(previousHash)) {
                problem = "its previous hash does not match row " + (row.seq() - 1) + " (a row was removed or inserted)";
            } else if (!hash(row.draft(), row.seq(), row.previousHash()).equals(row.hash())) {
                problem = "its content does not match its hash (it was edited)";
            }
            if (problem != null) {
                broken = new Verification(agreementId, checked, false, row.seq(), problem);
                return false;
            }
            checked++;
            expectedSeq++;
            previousHash = row.hash();
            return true;
        }

        public Verification result() {
            return broken != null ? broken : new Verification(agreementId, checked, true, null, null);
        }
    }

    /** The row for {@code draft} at {@code seq} after a row whose hash is {@code previousHash}. */
    public static Disclosure link(Disclosure.Draft draft, long seq, String previousHash) {
        Disclosure.Draft stored = new Disclosure.Draft(draft.agreementId(), draft.agency(), draft.householdId(),
                draft.memberIds(), draft.fields(), draft.deliveryPath(), draft.eventType(), draft.eventPosition(),
                draft.disclosedAt().truncatedTo(ChronoUnit.MICROS)); // what PostgreSQL keeps, so it verifies later
        return new Disclosure(stored.agreementId(), seq, stored.agency(), stored.householdId(), stored.memberIds(),
                stored.fields(), stored.deliveryPath(), stored.eventType(), stored.eventPosition(),
                stored.disclosedAt(), previousHash, hash(stored, seq, previousHash));
    }

    static String hash(Disclosure.Draft d, long seq, String previousHash) {
        String text = String.join("\u001e", d.agreementId(), Long.toString(seq), d.agency(), d.householdId(),
                list(d.memberIds()), list(d.fields()), d.deliveryPath().name(), d.eventType(), d.eventPosition(),
                d.disclosedAt().truncatedTo(ChronoUnit.MICROS).toString(), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String list(List<String> items) {
        return String.join("\u001f", items);
    }

    private DisclosureChain() {
    }
}
