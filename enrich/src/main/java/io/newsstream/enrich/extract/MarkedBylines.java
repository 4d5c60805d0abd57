package io.newsstream.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Elements;

/**
 * Finds the bylines a page marks up in its body, most explicit first: microdata {@code itemprop=author},
 * {@code rel=author} links, links to an author's page ({@code /author/jane-doe}), then an element whose class says
 * it is the byline or the author's name.
 */
final class MarkedBylines {

    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_LABELLED_CHARS = 80;
    private static final int MAX_NAME_WORDS = 4;
    private static final String LABEL = "(?:by|von|par|por|di|door|av|af|od|autor(?:in)?(?:/autor(?:in)?)?|author|auteur"
            + "|autore|yazar)";
    private static final Pattern LABEL_START = Pattern.compile(LABEL + "\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABELLED = Pattern.compile(LABEL + "\\s*:?\\s+"
                    + "(\\p{L}[\\p{L}.'’\\- ]+?)\\s*[,|]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "do", "du", "del", "della", "der", "den",
            "van", "von", "la", "le", "al", "bin", "ben", "y", "e", "and", "und");
    private static final String AUTHOR_PAGE = "a[href~=(?i)/(authors?|autor(en|in)?|auteurs?|autore|autori|yazar(lar)?"
            + "|journalists?|redakteur(e|in)?|reporters?|people|profile|mitarbeiter)/[^?#]+$]";
    private static final String BYLINE_CLASS = "[class~=(?i)(^|[-_ ])(byline|author-?name|authorname|author|"
            + "article-author|byline-name|author__name|byline__name)($|[-_ ])]";

    /** The names of the first kind of marked byline that gives any, cleaned by {@code names}; empty when none does. */
    List<String> names(Document page, AuthorNames names) {
        List<Supplier<List<String>>> sources = List.of(
                () -> microdata(page),
                () -> page.select("a[rel~=(?i)\\bauthor\\b]").eachText(),
                () -> authorPageLinks(page).stream().map(Element::text).toList(),
                () -> page.body() == null ? List.of() : page.body().select(BYLINE_CLASS).stream().limit(1)
                        .map(Element::text).toList(),
                () -> page.body() == null ? List.of() : labelledByline(page.body()));
        for (Supplier<List<String>> source : sources) {
            List<String> bylines = source.get().stream().map(String::strip)
                    .filter(text -> !text.isEmpty() && text.length() <= MAX_BYLINE_CHARS).distinct().toList();
            List<String> found = names.clean(bylines);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> microdata(Document page) {
        List<String> bylines = new ArrayList<>();
        for (Element author : page.select("[itemprop~=(?i)^(author|creator)$]")) {
            Element name = author.selectFirst("[itemprop=name]");
            bylines.add(name != null ? value(name) : value(author));
        }
        return bylines;
    }

    /** The first group of links to author pages: those beside the first one, not the bylines of teasers further on. */
    private static List<Element> authorPageLinks(Document page) {
        Elements links = page.select(AUTHOR_PAGE);
        List<Element> group = new ArrayList<>();
        Element first = links.stream().filter(link -> !link.text().isBlank()).findFirst().orElse(null);
        if (first == null) {
            return group;
        }
        // The link's parent, or the list around it when the parent holds only this link ("<li><a>").
        Element area = first.parent() == null ? first : first.parent();
        if (area.select(AUTHOR_PAGE).size() == 1 && area.parent() != null && !area.parent().nameIs("body")) {
            area = area.parent();
        }
        for (Element link : links) {
            if (link == first || link.parents().contains(area)) {
                group.add(link);
            }
        }
        return group;
    }

    /**
     * The first short element that reads as a byline: a label ("By", "Von", "Autor:") and then a name. Walks the text
     * nodes (cheap) and looks at the element around a label and its parent, not at the text of every element.
     */
    private static List<String> labelledByline(Element body) {
        List<String> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String name = bylineAround(text);
                    if (name != null) {
                        found.add(name);
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found;
    }

    private static String bylineAround(TextNode node) {
        String start = node.text().stripLeading();
        if (start.isEmpty() || start.length() > MAX_LABELLED_CHARS || !LABEL_START.matcher(start).lookingAt()) {
            return null;
        }
        Element around = node.parentElement();
        for (int level = 0; around != null && level < 2; level++, around = around.parent()) {
            String text = around.text();
            if (text.length() > MAX_LABELLED_CHARS) {
                return null;
            }
            Matcher byline = LABELLED.matcher(text);
            if (byline.matches() && looksLikeName(byline.group(1))) {
                return byline.group(1);
            }
        }
        return null;
    }

    /** Every word capitalised but the particles of names ("de", "van", "von"): not a sentence that starts with "By". */
    private static boolean looksLikeName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0)) && !PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String value(Element element) {
        return element.hasAttr("content") ? element.attr("content") : element.text();
    }

}
