package id.bagipakai.consent.service;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The official region codes (Kemendagri), read from the table commons ships, the same file the
 * registry loads: an agreement's region scope and a regional office's region must exist there.
 * Held in memory only; this service never queries regions by name.
 */
@Startup
@ApplicationScoped
public class RegionCodes {

    static final String RESOURCE = "/wilayah/regions.csv.gz";

    private volatile Set<String> codes = Set.of();

    @PostConstruct
    void load() {
        codes = read();
    }

    /** A province, regency, district or village code that exists. */
    public boolean exists(String code) {
        return code != null && codes.contains(code);
    }

    /** A province (PP) or regency (PP.KK) code that exists: where a regional office can sit. */
    public boolean isProvinceOrRegency(String code) {
        return exists(code) && (code.length() == 2 || code.length() == 5);
    }

    static Set<String> read() {
        InputStream raw = RegionCodes.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE + " (from commons)");
        }
        Set<String> codes = new HashSet<>(128_000);
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            in.readLine(); // header: code,level,name
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int comma = line.indexOf(',');
                if (comma > 0) {
                    codes.add(line.substring(0, comma));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
