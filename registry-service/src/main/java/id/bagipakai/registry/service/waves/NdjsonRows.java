package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;

/** NDJSON: one household per line (blank lines are skipped, not counted). */
final class NdjsonRows implements RowSource {

    private final BufferedReader in;
    private final ObjectMapper json;
    private final RowMapper mapper;
    private long line;
    private long number;

    NdjsonRows(BufferedReader in, ObjectMapper json) {
        this.in = in;
        this.json = json;
        this.mapper = new RowMapper(json);
    }

    @Override
    public WaveRow next() throws IOException {
        String text = nextLine();
        if (text == null) {
            return null;
        }
        number++;
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return RowMapper.unreadable(number, line, null, "", "is not JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            return RowMapper.unreadable(number, line, null, "", "must be a JSON object (one household per line)");
        }
        return mapper.map(number, line, object);
    }

    @Override
    public void skip(long rows) throws IOException {
        while (number < rows && nextLine() != null) {
            number++;
        }
    }

    private String nextLine() throws IOException {
        String text;
        do {
            text = in.readLine();
            line++;
        } while (text != null && text.isBlank());
        return text;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
