package io.newsstream.sink.export;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: rows of fields, CRLF between rows, quoted fields with doubled quotes. */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                int end = i + 1;
                while (true) {
                    int quote = csv.indexOf('"', end);
                    if (quote < 0) {
                        throw new IllegalArgumentException("unterminated quoted field at " + i);
                    }
                    field.append(csv, end, quote);
                    if (quote + 1 < csv.length() && csv.charAt(quote + 1) == '"') {
                        field.append('"');
                        end = quote + 2;
                    } else {
                        i = quote + 1;
                        break;
                    }
                }
                if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\r' || c == '\n' || c == '"') {
                throw new IllegalArgumentException("unquoted " + (int) c + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("the last row does not end with CRLF");
        }
        return rows;
    }
}
