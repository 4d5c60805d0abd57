package io.newsstream.enrich.data;

import java.util.Arrays;
import java.util.List;

/**
 * One meaningful line of a data file, with where it came from so errors can name the file and line.
 *
 * @param source the file name, as shown in error messages
 * @param number the 1-based line number
 */
public record DataLine(String source, int number, String text) {

    /** The tab-separated fields, each trimmed; fails unless there are between {@code min} and {@code max}. */
    public List<String> fields(int min, int max) {
        List<String> fields = Arrays.stream(text.split("\t", -1)).map(String::strip).toList();
        // A trailing tab before an empty last column is normal in hand-edited TSV.
        if (fields.size() > min && fields.get(fields.size() - 1).isEmpty()) {
            fields = fields.subList(0, fields.size() - 1);
        }
        if (fields.size() < min || fields.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + max;
            throw error("expected " + expected + " tab-separated columns, found " + fields.size());
        }
        return fields;
    }

    /** An exception naming this file and line, to throw from the caller. */
    public DataFileException error(String reason) {
        return new DataFileException(source + " line " + number + ": " + reason);
    }
}
