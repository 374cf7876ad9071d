package id.bagipakai.registry.service.waves;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: comma-separated, fields optionally in double quotes
 * (which may hold commas, line breaks and doubled quotes), records ending in CRLF or LF.
 */
final class CsvRecords {

    /** A record and the line it starts on. */
    record Record(long line, List<String> fields) {
    }

    /** A quote left open at the end of the input. */
    static final class MalformedCsv extends IOException {
        MalformedCsv(String message) {
            super(message);
        }
    }

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end; blank lines are skipped. */
    Record next() throws IOException {
        while (true) {
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n' || c == '\r' && peekNewline()) {
                continue; // blank line
            }
            boolean quoted = false;
            boolean fieldStart = true;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new MalformedCsv("a quoted field opened on line " + start + " is never closed");
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    c = read();
                    continue;
                } else if (c == -1 || c == '\n' || c == '\r' && peekNewline()) {
                    fields.add(field.toString());
                    return new Record(start, fields);
                } else {
                    field.append((char) c);
                }
                fieldStart = false;
                c = read();
            }
        }
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** After a CR: consumes the LF of a CRLF; a lone CR is not a line end. */
    private boolean peekNewline() throws IOException {
        int next = read();
        if (next == '\n') {
            return true;
        }
        pushedBack = next;
        return false;
    }
}
