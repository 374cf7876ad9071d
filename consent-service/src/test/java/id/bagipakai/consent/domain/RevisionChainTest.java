package id.bagipakai.consent.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionChainTest {

    private static List<RevisionChain.Link> chain(String... states) {
        List<RevisionChain.Link> links = new ArrayList<>();
        String previous = RevisionChain.GENESIS;
        for (int i = 0; i < states.length; i++) {
            String change = "{\"to\":\"S" + i + "\"}";
            String hash = RevisionChain.hash(previous, states[i], change);
            links.add(new RevisionChain.Link(i + 1, states[i], change, previous, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anUntouchedChainIsIntact() {
        var result = RevisionChain.verify(chain("a", "b", "c"), "c");
        assertThat(result.intact()).isTrue();
        assertThat(result.revisions()).isEqualTo(3);
        assertThat(result.firstBrokenRevision()).isNull();
    }

    @Test
    void anEditedStateIsFoundAtItsRevision() {
        List<RevisionChain.Link> links = chain("a", "b", "c");
        RevisionChain.Link second = links.get(1);
        links.set(1, new RevisionChain.Link(2, "B", second.change(), second.previousHash(), second.hash()));
        assertThat(RevisionChain.verify(links, "c").firstBrokenRevision()).isEqualTo(2);
    }

    @Test
    void aRehashedEditStillBreaksTheNextLink() {
        List<RevisionChain.Link> links = chain("a", "b", "c");
        RevisionChain.Link second = links.get(1);
        String forged = RevisionChain.hash(second.previousHash(), "B", second.change());
        links.set(1, new RevisionChain.Link(2, "B", second.change(), second.previousHash(), forged));
        var result = RevisionChain.verify(links, "c");
        assertThat(result.firstBrokenRevision()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo("does not follow the previous revision's hash");
    }

    @Test
    void aRecordThatDiffersFromItsLastRevisionIsReported() {
        var result = RevisionChain.verify(chain("a", "b"), "b'");
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenRevision()).isEqualTo(3);
    }

    @Test
    void aMissingRevisionIsReported() {
        List<RevisionChain.Link> links = chain("a", "b", "c");
        links.remove(1);
        assertThat(RevisionChain.verify(links, "c").problem()).isEqualTo("revision 2 is missing");
    }
}
