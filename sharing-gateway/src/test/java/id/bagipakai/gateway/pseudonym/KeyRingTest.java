package id.bagipakai.gateway.pseudonym;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KeyRingTest {

    @TempDir
    Path tmp;

    @Test
    void anEmptyDirectoryGetsKeyOneReadableByTheOwnerOnly() throws Exception {
        Path dir = tmp.resolve("keys");

        KeyRing ring = new KeyRing(dir);

        assertThat(ring.versions()).containsExactly(1);
        assertThat(ring.current().version()).isEqualTo(1);
        Path file = dir.resolve("v1.key");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32)
                .isEqualTo(ring.current().key().getEncoded());
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void rotationMakesANewCurrentKeyAndKeepsTheOldOnes() {
        KeyRing ring = new KeyRing(tmp);
        KeyVersion first = ring.current();

        KeyVersion second = ring.rotate();

        assertThat(second.version()).isEqualTo(2);
        assertThat(ring.current()).isEqualTo(second);
        assertThat(ring.key(1)).isEqualTo(first);
        assertThat(second.key().getEncoded()).isNotEqualTo(first.key().getEncoded());
        assertThat(ring.versions()).containsExactly(1, 2);
        assertThat(tmp).isDirectoryContaining("glob:**/v2.key").isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aRingReadAgainFromDiskHoldsTheSameKeys() {
        KeyRing ring = new KeyRing(tmp);
        ring.rotate();

        KeyRing reread = new KeyRing(tmp);

        assertThat(reread.versions()).containsExactly(1, 2);
        assertThat(reread.key(1)).isEqualTo(ring.key(1));
        assertThat(reread.current()).isEqualTo(ring.current());
    }

    @Test
    void rotationsAtTheSameTimeEachGetTheirOwnVersion() throws Exception {
        KeyRing ring = new KeyRing(tmp);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<KeyVersion>> rotations = IntStream.range(0, 8).mapToObj(i -> pool.submit(ring::rotate)).toList();
            List<Integer> made = rotations.stream().map(f -> {
                try {
                    return f.get().version();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertThat(made).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new KeyRing(tmp).versions()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void anUnknownVersionIsRefused() {
        KeyRing ring = new KeyRing(tmp);

        assertThatThrownBy(() -> ring.key(2)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aDamagedKeyFileStopsTheRingInsteadOfChangingPseudonyms() throws Exception {
        new KeyRing(tmp);
        Files.writeString(tmp.resolve("v2.key"), "c2hvcnQ=\n");

        assertThatThrownBy(() -> new KeyRing(tmp)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("v2.key").hasMessageNotContaining("c2hvcnQ");
    }

    @Test
    void aKeyVersionNeverShowsItsKey() {
        KeyVersion key = new KeyRing(tmp).current();

        assertThat(key.toString()).isEqualTo("KeyVersion[v1]");
    }
}
