package id.bagipakai.registry.service.waves;

import id.bagipakai.commons.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header of a wave CSV: one line per member, the household's columns repeated (or left empty)
 * on its members' lines, grouped by {@code ref}. A column names a path in the household document:
 * {@code location.regionCode}; {@code member.} for the member's own fields ({@code member.birthDate});
 * {@code []} for a list written as {@code a;b} ({@code member.ppks[]}); {@code :json} for a cell
 * holding JSON ({@code member.noNik.alternativeIds:json}).
 */
record CsvColumns(List<Column> columns, int refIndex) {

    enum Kind { META, HOUSEHOLD, MEMBER }

    enum Value { TEXT, LIST, JSON }

    record Column(String name, Kind kind, List<String> path, Value value) {
    }

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Set<String> META = Set.of(RowMapper.REF, RowMapper.HOUSEHOLD_ID, RowMapper.EXPECTED_VERSION);

    /** Reads the header; every problem is named by its column position (e.g. {@code /header/3}). */
    static CsvColumns parse(List<String> header, List<FieldError> errors) {
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int refIndex = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1); // a byte-order mark from spreadsheet exports
            }
            String at = "/header/" + i;
            if (!seen.add(name)) {
                errors.add(new FieldError(at, "column " + name + " appears twice"));
            }
            Value value = Value.TEXT;
            String path = name;
            if (path.endsWith("[]")) {
                value = Value.LIST;
                path = path.substring(0, path.length() - 2);
            } else if (path.endsWith(":json")) {
                value = Value.JSON;
                path = path.substring(0, path.length() - 5);
            }
            Kind kind = META.contains(path) ? Kind.META : path.startsWith("member.") ? Kind.MEMBER : Kind.HOUSEHOLD;
            List<String> segments = List.of((kind == Kind.MEMBER ? path.substring("member.".length()) : path).split("\\.", -1));
            if (segments.stream().anyMatch(s -> !SEGMENT.matcher(s).matches())) {
                errors.add(new FieldError(at, "column '" + name + "' is not a field path such as location.regionCode "
                        + "or member.birthDate"));
            } else if (kind == Kind.HOUSEHOLD && segments.getFirst().equals("members")) {
                errors.add(new FieldError(at, "member fields are written as member.<field>, one line per member"));
            }
            if (path.equals(RowMapper.REF)) {
                refIndex = i;
            }
            columns.add(new Column(name, kind, segments, value));
        }
        if (refIndex < 0) {
            errors.add(new FieldError("/header", "needs a 'ref' column: the lines of one household share its ref"));
        }
        return new CsvColumns(List.copyOf(columns), refIndex);
    }

    /** The CSV column a document pointer came from, for the error report ({@code /members/2/sex} → member.sex). */
    static String columnOf(String pointer) {
        String path = pointer.replaceFirst("^/members/\\d+", "/member").replaceAll("/\\d+(?=/|$)", "");
        return path.isEmpty() ? "" : path.substring(1).replace('/', '.');
    }
}
