package id.bagipakai.gateway.pseudonym;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys of the agencies' pseudonyms, held apart from the data: a directory of their own, one
 * file per version ({@code v<N>.key}, 32 random bytes in base64, owner-only where the file system
 * knows POSIX permissions), never in the database nor on a topic, so a copy of the data alone
 * can neither recompute nor reverse a pseudonym. The newest version is current; older ones stay
 * readable so that an agency's pseudonyms can be re-keyed after a rotation. Keys are read once
 * and held in memory; writes happen under a lock file, so two gateways sharing the directory
 * never write the same version (each sees the other's rotation at its next start or rotation).
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;

    private static final Pattern KEY_FILE = Pattern.compile("v([1-9][0-9]{0,8})\\.key");
    private static final FileAttribute<?> OWNER_ONLY_DIR =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<?> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    /** A file lock guards against other processes only; this guards against other threads and rings. */
    private static final Object JVM_LOCK = new Object();

    private final Path dir;
    private final SecureRandom random = new SecureRandom();
    private volatile NavigableMap<Integer, KeyVersion> keys;

    /** Opens the ring in {@code dir}, creating the directory and key v1 when there is none. */
    public KeyRing(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        this.keys = locked(() -> {
            NavigableMap<Integer, KeyVersion> found = read();
            if (found.isEmpty()) {
                found.put(1, write(1));
            }
            return Collections.unmodifiableNavigableMap(found);
        });
    }

    public Path dir() {
        return dir;
    }

    /** The version new pseudonyms are made with: the newest. */
    public KeyVersion current() {
        return keys.lastEntry().getValue();
    }

    /** @throws NoSuchElementException when the ring holds no such version */
    public KeyVersion key(int version) {
        KeyVersion key = keys.get(version);
        if (key == null) {
            throw new NoSuchElementException("no pseudonym key v" + version + " in " + dir);
        }
        return key;
    }

    /** Every version held, oldest first. */
    public List<Integer> versions() {
        return List.copyOf(keys.keySet());
    }

    /** Writes a new version after the newest on disk and makes it current; older versions stay. */
    public KeyVersion rotate() {
        return locked(() -> {
            NavigableMap<Integer, KeyVersion> merged = new TreeMap<>(keys);
            merged.putAll(read()); // another gateway may have rotated since we read the directory
            KeyVersion next = write(merged.lastKey() + 1);
            merged.put(next.version(), next);
            keys = Collections.unmodifiableNavigableMap(merged);
            return next;
        });
    }

    private interface Io<T> {
        T run() throws IOException;
    }

    private <T> T locked(Io<T> action) {
        synchronized (JVM_LOCK) {
            try {
                if (!Files.isDirectory(dir)) {
                    if (posix()) {
                        Files.createDirectories(dir, OWNER_ONLY_DIR);
                    } else {
                        Files.createDirectories(dir);
                    }
                }
                Path lockFile = dir.resolve(".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    return action.run();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("pseudonym keys in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    private NavigableMap<Integer, KeyVersion> read() throws IOException {
        NavigableMap<Integer, KeyVersion> found = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Matcher m = KEY_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    int version = Integer.parseInt(m.group(1));
                    found.put(version, KeyVersion.of(version, decode(file)));
                }
            }
        }
        return found;
    }

    private static byte[] decode(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != KEY_BYTES) {
            // A damaged key would silently change every pseudonym made with it: refuse instead.
            throw new IllegalStateException(file + " does not hold a " + KEY_BYTES + "-byte key in base64");
        }
        return bytes;
    }

    /** Temp file, flushed to disk, then renamed: a key file is whole or absent, even after a crash. */
    private KeyVersion write(int version) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        Path tmp = posix() ? Files.createTempFile(dir, ".v" + version + "-", ".tmp", OWNER_ONLY_FILE)
                : Files.createTempFile(dir, ".v" + version + "-", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap((Base64.getEncoder().encodeToString(bytes) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
            Files.move(tmp, dir.resolve("v" + version + ".key"), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return KeyVersion.of(version, bytes);
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
