package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bagipakai.registry.domain.ImportJob;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a spooled upload as households, by its format; UTF-8 only, and bad bytes are an error. */
final class RowSources {

    static RowSource open(ImportJob.Format format, Path file, ObjectMapper json) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        try {
            return switch (format) {
                case NDJSON -> new NdjsonRows(reader, json);
                case CSV -> new CsvRows(reader, json);
            };
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private RowSources() {
    }
}
