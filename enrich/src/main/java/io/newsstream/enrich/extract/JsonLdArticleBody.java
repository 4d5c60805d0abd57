package io.newsstream.enrich.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article text a page declares in its JSON-LD ({@code articleBody} of an Article, NewsArticle, BlogPosting
 * or any other object), which some pages give in full where their HTML shows only a teaser or nothing at all.
 */
final class JsonLdArticleBody {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            // Pages write JSON-LD by hand: raw line breaks inside strings, trailing commas, comments.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    /** A script too large to be metadata is not worth parsing for it. */
    private static final int MAX_SCRIPT_CHARS = 1_000_000;
    private static final int MAX_DEPTH = 20;

    private JsonLdArticleBody() {
    }

    /** The longest {@code articleBody} in the page's JSON-LD as paragraphs; empty when there is none. */
    static List<String> paragraphs(Document page) {
        String longest = "";
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try {
                String body = longestBody(LENIENT.readTree(json.strip()), 0);
                if (body.length() > longest.length()) {
                    longest = body;
                }
            } catch (JsonProcessingException e) {
                // A page's broken JSON-LD is its own problem; the body is then found in the HTML alone.
            }
        }
        return split(longest);
    }

    private static String longestBody(JsonNode node, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return "";
        }
        String longest = "";
        if (node.isObject()) {
            JsonNode body = node.get("articleBody");
            if (body != null && body.isTextual()) {
                longest = body.asText();
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                String inner = longestBody(child, depth + 1);
                if (inner.length() > longest.length()) {
                    longest = inner;
                }
            }
        }
        return longest;
    }

    /** Paragraphs at the line breaks; markup some pages leave in the text is read as HTML. */
    private static List<String> split(String body) {
        String text = body;
        if (text.indexOf('<') >= 0 && text.indexOf('>') >= 0) {
            Document fragment = Jsoup.parseBodyFragment(text);
            fragment.select("p, br, div, h2, h3, h4, li").forEach(element -> element.prependText("\n"));
            text = fragment.body().wholeText();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : LINE_BREAKS.split(text.strip())) {
            String paragraph = SPACES.matcher(line).replaceAll(" ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }
}
