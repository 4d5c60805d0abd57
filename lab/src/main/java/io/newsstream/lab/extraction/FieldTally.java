package io.newsstream.lab.extraction;

import io.newsstream.enrich.extract.ExtractedPage;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts, over the pages whose truth gives each field, how often the extracted title, authors, date, publisher and
 * language are right, by the rules of {@link FieldScores}; language against this module's labels
 * ({@link LanguageEvaluation#labels()}), the data sets having none.
 */
final class FieldTally {

    private final Map<String, ZoneOffset> truthOffsets;
    private final Map<String, String> languageLabels;
    private final Count title = new Count();
    private final Count date = new Count();
    private final Count publisher = new Count();
    private final Count language = new Count();
    private FieldScores.AuthorCounts authors = new FieldScores.AuthorCounts(0, 0, 0);
    private int authorPages;

    FieldTally(Map<String, ZoneOffset> truthOffsets, Map<String, String> languageLabels) {
        this.truthOffsets = truthOffsets;
        this.languageLabels = languageLabels;
    }

    void add(ExtractionPage page, ExtractedPage found) {
        if (page.title() != null) {
            title.add(FieldScores.titleCorrect(page.title(), found.title()));
        }
        if (page.authors() != null) {
            authorPages++;
            authors = authors.plus(FieldScores.authors(page.authors(), found.authors()));
        }
        if (page.publishedAt() != null) {
            date.add(FieldScores.dateCorrect(page.publishedAt(), truthOffsets.get(page.name()), found.publishedAt()));
        }
        if (page.publisher() != null) {
            publisher.add(FieldScores.publisherCorrect(page.publisher(), found.publisher()));
        }
        String label = languageLabels.get(page.name());
        if (label != null) {
            language.add(label.equals(LanguageEvaluation.primary(found.language() == null ? "" : found.language())));
        }
    }

    /** One line per field the data set gives; none for a data set of bodies only. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        title.line("title", lines);
        if (authorPages > 0) {
            lines.add(String.format(Locale.ROOT, "authors F1 %.3f (P %.3f, R %.3f) over %d pages", authors.f1(),
                    authors.precision(), authors.recall(), authorPages));
        }
        date.line("date (same day)", lines);
        publisher.line("publisher", lines);
        language.line("language", lines);
        return lines;
    }

    private static final class Count {
        private int right;
        private int pages;

        void add(boolean correct) {
            pages++;
            right += correct ? 1 : 0;
        }

        void line(String field, List<String> lines) {
            if (pages > 0) {
                lines.add(String.format(Locale.ROOT, "%s %.3f over %d pages", field, (double) right / pages, pages));
            }
        }
    }
}
