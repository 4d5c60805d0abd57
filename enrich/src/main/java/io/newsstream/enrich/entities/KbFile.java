package io.newsstream.enrich.entities;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of knowledge-base file, told apart by the start of their file name ({@code people*.tsv} and so on). */
enum KbFile {
    PEOPLE("people", 5),
    COUNTRIES("countries", 6),
    PLACES("places", 5),
    ORGANISATIONS("organisations", 5),
    OUTLETS("outlets", 6),
    MISC("misc", 5);

    private final String prefix;
    private final int columns;

    KbFile(String prefix, int columns) {
        this.prefix = prefix;
        this.columns = columns;
    }

    String prefix() {
        return prefix;
    }

    int columns() {
        return columns;
    }

    /** The bundled file of this kind, e.g. {@code kb/people.tsv}, as a class-path resource. */
    String bundledResource() {
        return "/io/newsstream/enrich/kb/" + prefix + ".tsv";
    }

    static Optional<KbFile> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> lower.startsWith(kind.prefix)).findFirst();
    }

    static String prefixes() {
        return String.join(", ", Arrays.stream(values()).map(KbFile::prefix).toList());
    }
}
