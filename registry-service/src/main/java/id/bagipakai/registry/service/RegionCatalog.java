package id.bagipakai.registry.service;

import id.bagipakai.registry.domain.RegionDirectory;
import id.bagipakai.registry.repository.RegionRepository;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The official region codes, loaded into the database from the file this service ships when it
 * changed, and held in memory: every household and identifier check asks it, bulk waves too.
 */
@Startup
@ApplicationScoped
public class RegionCatalog implements RegionDirectory {

    private static final Logger LOG = Logger.getLogger(RegionCatalog.class);
    static final String RESOURCE = "/wilayah/regions.csv.gz";

    @Inject
    RegionRepository repository;

    private volatile Set<String> codes = Set.of();

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        int rows = repository.replaceIfChanged(checksum(), () -> new InputStreamReader(open(), StandardCharsets.UTF_8));
        codes = Set.copyOf(repository.allCodes());
        LOG.infof("Region catalog: %d codes (%d rows in the table) in %d ms", codes.size(), rows,
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public boolean exists(String code) {
        return code != null && codes.contains(code);
    }

    /** A village code (PP.KK.DD.VVVV) that exists. */
    public boolean isVillage(String code) {
        return code != null && code.length() == 13 && codes.contains(code);
    }

    public int size() {
        return codes.size();
    }

    private static InputStream open() {
        try {
            InputStream raw = RegionCatalog.class.getResourceAsStream(RESOURCE);
            if (raw == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new GZIPInputStream(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum() {
        try (var in = new DigestInputStream(open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
