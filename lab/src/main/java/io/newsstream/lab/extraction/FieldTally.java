package io.newsstream.lab.extraction;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts, over the pages whose truth gives each field, how often the found title, authors, date, publisher and
 * language are right, by the rules of {@link FieldScores}, and keeps every miss; language against this module's
 * labels ({@link LanguageEvaluation#labels()}), the data sets having none. The one scorer of these fields, for the
 * whole extractor ({@link ExtractionEvaluation}) and the metadata reader alone ({@link MetadataEvaluation}).
 */
final class FieldTally {

    /** What was found on one page, field by field; a null language is not scored. */
    record Found(String title, List<String> authors, Instant publishedAt, String publisher, String language) {
    }

    private final Map<String, ZoneOffset> truthOffsets;
    private final Map<String, String> languageLabels;
    private final Count title = new Count();
    private final Count date = new Count();
    private final Count publisher = new Count();
    private final Count language = new Count();
    private final List<MetadataEvaluation.Miss> misses = new ArrayList<>();
    private FieldScores.AuthorCounts authors = new FieldScores.AuthorCounts(0, 0, 0);
    private int authorPages;

    FieldTally(Map<String, ZoneOffset> truthOffsets, Map<String, String> languageLabels) {
        this.truthOffsets = truthOffsets;
        this.languageLabels = languageLabels;
    }

    void add(ExtractionPage page, Found found) {
        if (page.title() != null && !title.add(FieldScores.titleCorrect(page.title(), found.title()))) {
            miss("title", page, page.title(), found.title());
        }
        if (page.authors() != null) {
            authorPages++;
            FieldScores.AuthorCounts counts = FieldScores.authors(page.authors(), found.authors());
            authors = authors.plus(counts);
            if (counts.falsePositives() + counts.falseNegatives() > 0) {
                miss("authors", page, page.authors().toString(), found.authors().toString());
            }
        }
        if (page.publishedAt() != null) {
            ZoneOffset offset = truthOffsets.get(page.name());
            if (!date.add(FieldScores.dateCorrect(page.publishedAt(), offset, found.publishedAt()))) {
                miss("date", page, page.publishedAt().atOffset(offset == null ? ZoneOffset.UTC : offset).toString(),
                        String.valueOf(found.publishedAt()));
            }
        }
        if (page.publisher() != null && !publisher.add(FieldScores.publisherCorrect(page.publisher(), found.publisher()))) {
            miss("publisher", page, page.publisher(), found.publisher());
        }
        String label = languageLabels.get(page.name());
        if (label != null && found.language() != null
                && !language.add(label.equals(LanguageEvaluation.primary(found.language())))) {
            miss("language", page, label, found.language());
        }
    }

    private void miss(String field, ExtractionPage page, String expected, String found) {
        misses.add(new MetadataEvaluation.Miss(field, page.name(), expected, found));
    }

    MetadataEvaluation.Report report() {
        return new MetadataEvaluation.Report(title.pages, title.right, authors, authorPages, date.pages, date.right,
                publisher.pages, publisher.right, List.copyOf(misses));
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

        boolean add(boolean correct) {
            pages++;
            right += correct ? 1 : 0;
            return correct;
        }

        void line(String field, List<String> lines) {
            if (pages > 0) {
                lines.add(String.format(Locale.ROOT, "%s %.3f over %d pages", field, (double) right / pages, pages));
            }
        }
    }
}
