package io.newsstream.deploy.local;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Formats stored articles as a plain-text table a person can read in a terminal. */
public final class SummaryTable {

    private static final String[] HEADERS = {"#", "Title", "Outlet", "Top entities", "Stance"};
    private static final int[] WIDTHS = {3, 44, 28, 52, 28};

    private SummaryTable() {
    }

    public static String format(List<EnrichedArticle> articles) {
        StringBuilder table = new StringBuilder();
        appendRow(table, HEADERS);
        appendRule(table);
        int row = 1;
        for (EnrichedArticle article : articles) {
            appendRow(table, new String[] {
                String.valueOf(row++), article.title() == null ? "(no title)" : article.title(),
                outlet(article), topEntities(article, 3), stances(article)});
        }
        return table.toString();
    }

    public static String outlet(EnrichedArticle article) {
        Outlet publisher = article.outlet().publisher();
        Outlet source = article.outlet().source();
        String name = publisher == null ? "-" : publisher.name();
        return source == null || (publisher != null && source.id().equals(publisher.id()))
                ? name : name + " via " + source.name();
    }

    public static String topEntities(EnrichedArticle article, int count) {
        List<Entity> entities = new ArrayList<>(article.entities());
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::name));
        String names = entities.stream().limit(count).map(e -> e.name() + " (" + e.mentions() + ")")
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "-" : names;
    }

    public static String stances(EnrichedArticle article) {
        List<Stance> stances = article.stances();
        return stances.isEmpty() ? "-" : stances.stream()
                .map(s -> s.target() + ": " + s.label())
                .collect(Collectors.joining(", "));
    }

    private static void appendRow(StringBuilder table, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            table.append(pad(fit(cells[i], WIDTHS[i]), WIDTHS[i]));
            table.append(i < cells.length - 1 ? "  " : "\n");
        }
    }

    private static void appendRule(StringBuilder table) {
        for (int i = 0; i < WIDTHS.length; i++) {
            table.append("-".repeat(WIDTHS[i])).append(i < WIDTHS.length - 1 ? "  " : "\n");
        }
    }

    private static String fit(String text, int width) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= width ? oneLine : oneLine.substring(0, width - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
