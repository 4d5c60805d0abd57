package io.newsstream.enrich.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the article a page describes in its JSON-LD blocks: through {@code @graph}s, arrays and nesting, following
 * {@code @id} references, choosing the article node that names the page's own address when there are several.
 */
final class JsonLdReader {

    /** Publishers hand-write these blocks: comments, raw line breaks in strings and trailing commas are common. */
    private static final ObjectReader LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build()
            .readerFor(JsonNode.class);
    /** HTML comment and CDATA wrappers some pages put around the JSON. */
    private static final Pattern WRAPPER = Pattern.compile(
            "^\\s*(?://\\s*)?(?:<!--|/\\*\\s*<!\\[CDATA\\[\\s*\\*/|<!\\[CDATA\\[)"
            + "|(?://\\s*)?(?:-->|/\\*\\s*]]>\\s*\\*/|]]>)\\s*;?\\s*$");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "satiricalarticle", "blogposting", "liveblogposting", "socialmediaposting",
            "techarticle", "scholarlyarticle", "report", "medicalscholarlyarticle");
    private static final Set<String> SITE_TYPES = Set.of("newsmediaorganization", "organization", "website",
            "corporation", "localbusiness");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage");

    /** The page's article as its JSON-LD describes it, or {@link JsonLdFacts#NONE}. */
    JsonLdFacts read(Document page, String url) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            for (JsonNode root : parse(script.data())) {
                collect(root, nodes);
            }
        }
        if (nodes.isEmpty()) {
            return JsonLdFacts.NONE;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            String id = text(node.get("@id"));
            if (id != null && node.size() > 1) {
                byId.putIfAbsent(id, node);
            }
        }
        JsonNode article = chooseArticle(nodes, url);
        JsonNode site = first(nodes, SITE_TYPES);
        String siteName = site == null ? null : name(site, byId);
        if (article == null) {
            JsonNode webPage = first(nodes, PAGE_TYPES);
            return webPage == null
                    ? new JsonLdFacts(null, List.of(), null, null, null, siteName, null, List.of(), null, null)
                    : new JsonLdFacts(null, authors(webPage, byId), date(webPage, "datePublished", "dateCreated"),
                            date(webPage, "dateModified"), publisher(webPage, byId), siteName, null, List.of(),
                            language(webPage), null);
        }
        String headline = text(article.get("headline"));
        if (headline == null) {
            headline = text(article.get("name"));
        }
        return new JsonLdFacts(clean(headline), authors(article, byId),
                date(article, "datePublished", "dateCreated", "uploadDate"), date(article, "dateModified"),
                publisher(article, byId), siteName, clean(text(article.get("description"))), keywords(article),
                language(article), address(article));
    }

    private static List<JsonNode> parse(String script) {
        String json = WRAPPER.matcher(script).replaceAll("").strip();
        List<JsonNode> roots = new ArrayList<>();
        if (json.isEmpty()) {
            return roots;
        }
        try (MappingIterator<JsonNode> values = LENIENT.readValues(json)) {
            while (values.hasNextValue()) {
                roots.add(values.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // A broken block gives what parsed before the break; the page's other evidence covers the rest.
        }
        return roots;
    }

    /** Every object in the tree, parents before children, so an article's own node comes before ones it mentions. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            into.add(node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                collect(it.next().getValue(), into);
            }
        }
    }

    private static JsonNode chooseArticle(List<JsonNode> nodes, String url) {
        JsonNode first = null;
        String wanted = comparable(url);
        for (JsonNode node : nodes) {
            if (!isA(node, ARTICLE_TYPES)) {
                continue;
            }
            if (wanted != null && wanted.equals(comparable(address(node)))) {
                return node;
            }
            if (first == null) {
                first = node;
            }
        }
        return first;
    }

    private static JsonNode first(List<JsonNode> nodes, Set<String> types) {
        return nodes.stream().filter(node -> isA(node, types) && node.has("name")).findFirst().orElse(null);
    }

    private static boolean isA(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode one : type.isArray() ? type : List.of(type)) {
            String name = one.asText("").toLowerCase(Locale.ROOT);
            name = name.substring(name.lastIndexOf('/') + 1);
            if (types.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> authors(JsonNode article, Map<String, JsonNode> byId) {
        JsonNode author = article.get("author");
        if (author == null || author.isNull() || author.isEmpty() && !author.isTextual()) {
            author = article.get("creator");
        }
        List<String> names = new ArrayList<>();
        addNames(author, byId, names);
        return names;
    }

    private static void addNames(JsonNode value, Map<String, JsonNode> byId, List<String> into) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            value.forEach(one -> addNames(one, byId, into));
        } else if (value.isTextual()) {
            String name = clean(value.asText());
            if (name != null) {
                into.add(name);
            }
        } else if (value.isObject()) {
            String name = name(value, byId);
            if (name != null) {
                into.add(name);
            }
        }
    }

    /** A person's or organisation's name, following an {@code @id} reference to the node that holds it. */
    private static String name(JsonNode node, Map<String, JsonNode> byId) {
        JsonNode named = node;
        if (!node.has("name") && node.has("@id")) {
            named = byId.getOrDefault(text(node.get("@id")), node);
        }
        String name = text(named.get("name"));
        if (name == null) {
            String given = text(named.get("givenName"));
            String family = text(named.get("familyName"));
            name = given == null ? family : family == null ? given : given + " " + family;
        }
        return clean(name);
    }

    private static String publisher(JsonNode article, Map<String, JsonNode> byId) {
        JsonNode publisher = article.get("publisher");
        if (publisher == null || publisher.isNull()) {
            return null;
        }
        if (publisher.isArray()) {
            publisher = publisher.isEmpty() ? null : publisher.get(0);
        }
        if (publisher == null) {
            return null;
        }
        return publisher.isTextual() ? clean(publisher.asText()) : name(publisher, byId);
    }

    private static String date(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node.get(field));
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static List<String> keywords(JsonNode article) {
        JsonNode keywords = article.get("keywords");
        Set<String> found = new LinkedHashSet<>();
        if (keywords == null) {
            return List.of();
        }
        for (JsonNode one : keywords.isArray() ? keywords : List.of(keywords)) {
            String text = text(one);
            if (text != null) {
                for (String keyword : text.split(",")) {
                    String cleaned = clean(keyword);
                    if (cleaned != null) {
                        found.add(cleaned);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static String language(JsonNode node) {
        JsonNode language = node.get("inLanguage");
        if (language == null) {
            return null;
        }
        if (language.isArray()) {
            language = language.isEmpty() ? null : language.get(0);
        }
        if (language == null) {
            return null;
        }
        if (language.isObject()) {
            String tag = text(language.get("alternateName"));
            return tag != null ? tag : text(language.get("name"));
        }
        return text(language);
    }

    private static String address(JsonNode node) {
        String url = text(node.get("url"));
        if (url != null) {
            return url;
        }
        JsonNode page = node.get("mainEntityOfPage");
        if (page != null) {
            String id = page.isObject() ? text(page.has("@id") ? page.get("@id") : page.get("url")) : text(page);
            if (id != null) {
                return id;
            }
        }
        return text(node.get("@id"));
    }

    /** An address without scheme, {@code www.}, query, fragment or trailing slash, to compare two of them. */
    private static String comparable(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String bare = url.strip().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "")
                .replaceFirst("[?#].*$", "");
        return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return node != null && node.isArray() && !node.isEmpty() ? text(node.get(0)) : null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }

    /** JSON-LD strings often carry HTML entities or tags; they are text here. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.indexOf('<') >= 0 ? Jsoup.parse(value).text() : Parser.unescapeEntities(value, false);
        text = text.replaceAll("[\\s\\u00A0]+", " ").strip();
        return text.isEmpty() ? null : text;
    }
}
