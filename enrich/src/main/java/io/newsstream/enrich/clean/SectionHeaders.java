package io.newsstream.enrich.clean;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Recognises the headers that open blocks of related links, rankings or comments ("Related Articles", "Lesen Sie auch"). */
public final class SectionHeaders {

    public static final String BUNDLED_TABLE = "section-headers.tsv";

    /** Headers are often written with a trailing colon, arrow or ellipsis: "Read more:", "Lesen Sie auch »". */
    private static final String TRAILING_MARKS = " \t:>»›→…|.-";

    /** Longer lines are never headers. */
    private static final int MAX_HEADER_CHARS = 60;

    private final Set<String> headers;

    private SectionHeaders(Set<String> headers) {
        this.headers = Set.copyOf(headers);
    }

    /** The headers of the bundled {@code section-headers.tsv}. */
    public static SectionHeaders bundled() {
        return fromTable(DataFile.readResource(SectionHeaders.class, BUNDLED_TABLE));
    }

    /** Builds the headers from table lines in the {@code section-headers.tsv} format (see its header). */
    public static SectionHeaders fromTable(List<DataLine> table) {
        Set<String> headers = new HashSet<>();
        for (DataLine line : table) {
            String header = normalised(MainTextFinder.key(line.fields(2, 2).get(1)));
            if (header.isEmpty()) {
                throw line.error("header is empty");
            }
            headers.add(header);
        }
        return new SectionHeaders(headers);
    }

    /** Whether the whole line is one of the headers. */
    public boolean isHeader(String line) {
        return line.length() <= MAX_HEADER_CHARS && isHeader(line, MainTextFinder.key(line));
    }

    /** As {@link #isHeader(String)}, for a line whose {@link MainTextFinder#key} is already made. */
    boolean isHeader(String line, String key) {
        return line.length() <= MAX_HEADER_CHARS && headers.contains(normalised(key));
    }

    /** The key of a line without its trailing marks, and with one apostrophe. */
    private static String normalised(String key) {
        int end = key.length();
        while (end > 0 && TRAILING_MARKS.indexOf(key.charAt(end - 1)) >= 0) {
            end--;
        }
        return key.substring(0, end).replace('\u2019', '\'');
    }
}
