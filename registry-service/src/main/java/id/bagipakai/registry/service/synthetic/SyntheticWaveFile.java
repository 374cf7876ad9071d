package id.bagipakai.registry.service.synthetic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A survey-wave upload of synthetic households (NDJSON, one per line), for benchmarks, crash tests and demos. */
public final class SyntheticWaveFile {

    private static final ObjectWriter WRITER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .writer();

    /** Writes {@code count} households with refs {@code <prefix>-1…}; returns the file's size in bytes. */
    public static long writeNdjson(Path file, SyntheticHouseholds households, long count, String refPrefix)
            throws IOException {
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 1; i <= count; i++) {
                String json = WRITER.writeValueAsString(households.next());
                // the ref goes first, so a reader of the file sees which household a line is
                out.write("{\"ref\":\"" + refPrefix + "-" + i + "\"," + json.substring(1));
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    private SyntheticWaveFile() {
    }
}
