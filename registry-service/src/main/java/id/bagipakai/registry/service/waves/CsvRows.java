package id.bagipakai.registry.service.waves;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.bagipakai.commons.problem.Problem.FieldError;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CSV: consecutive lines with the same {@code ref} are one household, one line per member. */
final class CsvRows implements RowSource {

    private final Reader in;
    private final CsvRecords records;
    private final CsvColumns columns;
    private final ObjectMapper json;
    private final RowMapper mapper;
    private CsvRecords.Record pending;
    private long number;

    /** @throws InvalidHeader when the first line is not a usable header */
    CsvRows(Reader in, ObjectMapper json) throws IOException {
        this.in = in;
        this.records = new CsvRecords(in);
        this.json = json;
        this.mapper = new RowMapper(json);
        CsvRecords.Record header = records.next();
        if (header == null) {
            throw new InvalidHeader(List.of(new FieldError("/header", "the file is empty: a header line is needed")));
        }
        List<FieldError> errors = new ArrayList<>();
        this.columns = CsvColumns.parse(header.fields(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidHeader(errors);
        }
    }

    /** The header cannot be used; nothing in the file can be read. */
    static final class InvalidHeader extends IOException {
        final transient List<FieldError> errors;

        InvalidHeader(List<FieldError> errors) {
            super("CSV header: " + errors);
            this.errors = errors;
        }
    }

    @Override
    public WaveRow next() throws IOException {
        List<CsvRecords.Record> group = nextGroup();
        if (group == null) {
            return null;
        }
        number++;
        CsvRecords.Record first = group.getFirst();
        String ref = cell(first, columns.refIndex());
        for (CsvRecords.Record r : group) {
            if (r.fields().size() != columns.columns().size()) {
                return RowMapper.unreadable(number, first.line(), ref, "", "line " + r.line() + " has "
                        + r.fields().size() + " fields; the header has " + columns.columns().size());
            }
        }
        if (ref == null) {
            return RowMapper.unreadable(number, first.line(), null, "/ref", "is required on every line");
        }
        List<FieldError> errors = new ArrayList<>();
        ObjectNode household = assemble(group, errors);
        if (!errors.isEmpty()) {
            return new WaveRow(number, first.line(), ref, null, null, null, List.copyOf(errors));
        }
        WaveRow row = mapper.map(number, first.line(), household);
        return row.readable() ? row : new WaveRow(row.number(), row.line(), row.ref(), row.householdId(),
                row.expectedVersion(), null, row.errors().stream().map(e -> locate(e, group)).toList());
    }

    @Override
    public void skip(long rows) throws IOException {
        while (number < rows && nextGroup() != null) {
            number++;
        }
    }

    /** The lines of the next household: while the ref stays the same (a line without ref stands alone). */
    private List<CsvRecords.Record> nextGroup() throws IOException {
        CsvRecords.Record first = pending != null ? pending : records.next();
        pending = null;
        if (first == null) {
            return null;
        }
        List<CsvRecords.Record> group = new ArrayList<>(List.of(first));
        String ref = cell(first, columns.refIndex());
        if (ref != null) {
            CsvRecords.Record r;
            while ((r = records.next()) != null && ref.equals(cell(r, columns.refIndex()))) {
                group.add(r);
            }
            pending = r;
        }
        return group;
    }

    private ObjectNode assemble(List<CsvRecords.Record> group, List<FieldError> errors) {
        ObjectNode household = json.createObjectNode();
        ArrayNode members = json.createArrayNode();
        for (CsvRecords.Record r : group) {
            ObjectNode member = json.createObjectNode();
            for (int i = 0; i < columns.columns().size(); i++) {
                CsvColumns.Column column = columns.columns().get(i);
                String cell = cell(r, i);
                if (cell == null) {
                    continue;
                }
                JsonNode value = value(column, cell, r, errors);
                if (value == null) {
                    continue;
                }
                if (column.kind() == CsvColumns.Kind.MEMBER) {
                    put(member, column.path(), value);
                } else {
                    JsonNode existing = get(household, column.path());
                    if (existing == null) {
                        put(household, column.path(), value);
                    } else if (!existing.equals(value)) {
                        errors.add(new FieldError("/" + String.join("/", column.path()), "differs between the lines "
                                + "of one household (line " + r.line() + ", column " + column.name() + ")"));
                    }
                }
            }
            if (!member.isEmpty()) {
                members.add(member);
            }
        }
        household.set("members", members);
        return household;
    }

    private JsonNode value(CsvColumns.Column column, String cell, CsvRecords.Record r, List<FieldError> errors) {
        return switch (column.value()) {
            case TEXT -> json.getNodeFactory().textNode(cell);
            case LIST -> {
                ArrayNode list = json.createArrayNode();
                Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
                yield list;
            }
            case JSON -> {
                try {
                    yield json.readTree(cell);
                } catch (JsonProcessingException e) {
                    errors.add(new FieldError("/" + String.join("/", column.path()), "is not JSON (line " + r.line()
                            + ", column " + column.name() + "): " + e.getOriginalMessage()));
                    yield null;
                }
            }
        };
    }

    /** Names the CSV line and column next to the document pointer. */
    private static FieldError locate(FieldError error, List<CsvRecords.Record> group) {
        String column = CsvColumns.columnOf(error.pointer());
        long line = group.getFirst().line();
        var member = java.util.regex.Pattern.compile("^/members/(\\d+)").matcher(error.pointer());
        if (member.find() && Integer.parseInt(member.group(1)) < group.size()) {
            line = group.get(Integer.parseInt(member.group(1))).line();
        }
        return new FieldError(error.pointer(), error.detail() + " (line " + line
                + (column.isEmpty() ? "" : ", column " + column) + ")");
    }

    private static void put(ObjectNode target, List<String> path, JsonNode value) {
        ObjectNode node = target;
        for (String segment : path.subList(0, path.size() - 1)) {
            node = node.get(segment) instanceof ObjectNode child ? child : node.putObject(segment);
        }
        node.set(path.getLast(), value);
    }

    private static JsonNode get(ObjectNode source, List<String> path) {
        JsonNode node = source;
        for (String segment : path) {
            node = node == null ? null : node.get(segment);
        }
        return node;
    }

    private static String cell(CsvRecords.Record r, int index) {
        if (index < 0 || index >= r.fields().size()) {
            return null;
        }
        String value = r.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
