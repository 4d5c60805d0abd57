package io.newsstream.deploy.prove.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostileArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Test
    void sameSeedGivesTheSameArticles() {
        assertThat(HostileArticles.generate(9, 300)).isEqualTo(HostileArticles.generate(9, 300)).hasSize(300);
        assertThat(HostileArticles.generate(9, 300)).isNotEqualTo(HostileArticles.generate(10, 300));
    }

    @Test
    void theFixedCasesComeFirstAndNamesAreUnique() {
        int fixed = HostileArticles.fixedCount();
        List<HostileArticle> cases = HostileArticles.cases(4, fixed + 200);
        assertThat(cases.subList(0, fixed)).allSatisfy(a -> assertThat(a.name()).doesNotContain("#"));
        assertThat(cases).extracting(HostileArticle::name).doesNotHaveDuplicates();
        assertThat(HostileArticles.cases(4, 5)).hasSize(5);
    }

    @Test
    void everyKnownFindingIsAFixedCase() throws Exception {
        Map<String, String> byName = HostileArticles.cases(4, HostileArticles.fixedCount()).stream()
                .collect(java.util.stream.Collectors.toMap(HostileArticle::name, HostileArticle::json));

        for (String field : List.of("title", "outletHint", "url", "language")) {
            assertThat(field(byName, "article.huge-field." + field + "-3mib", field).length())
                    .as(field).isGreaterThanOrEqualTo(3 << 20);
        }
        String paragraph = field(byName, "article.long-paragraph.600kb", "text");
        assertThat(paragraph).hasSize(600 * 1024).doesNotContain("\n");
        assertThat(field(byName, "article.quote-chain.300kb", "text")).hasSizeGreaterThan(300 * 1024)
                .containsPattern("\\.,\" (he|she) said\\. \"");
        assertThat(field(byName, "article.long-outlet-hint.3000-chars", "outletHint")).hasSize(3000);
        for (String date : List.of("+999999999-12-31T23:59:59-18:00", "0000-01-01", "-4714-11-24T00:00:00Z",
                "+294277-01-01T00:00:00Z")) {
            assertThat(field(byName, "article.extreme-date." + date, "publishedAt")).isEqualTo(date);
        }
        for (String field : List.of("text", "url", "title")) {
            assertThat(field(byName, "article.nul-char.in-" + field, field)).contains("\u0000");
        }
        assertThat(byName.get("article.lone-surrogate.high-in-text")).contains("\\ud800");
        assertThat(field(byName, "article.lone-surrogate.high-in-text", "text")).contains("\ud800");
        assertThat(byName.get("article.wrong-type.text-12345")).isEqualTo("{\"text\":12345}");
        assertThat(JSON.readTree(byName.get("article.wrong-type.url-number")).get("url").isNumber()).isTrue();
        assertThat(field(byName, "article.at-limit.text-1mib-two-byte", "text").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).hasSize(HostileArticles.TEXT_LIMIT);
        assertThat(field(byName, "article.over-limit.text-1mib-plus-1", "text")).hasSize(HostileArticles.TEXT_LIMIT + 1);
    }

    @Test
    void validArticlesKeepTheContractAndInvalidOnesBreakIt() {
        for (HostileArticle article : HostileArticles.cases(6, HostileArticles.fixedCount() + 400)) {
            if (article.kind().equals("deep-nesting") || article.kind().equals("duplicate-keys")) {
                continue; // depends on the parser's limits and rules, not on the contract
            }
            if (article.expectation() == Expectation.MAY_BE_ACCEPTED) {
                JsonNode node = parse(article);
                assertThat(node.isObject()).as(article.name()).isTrue();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    assertThat(it.next().getValue().isTextual()).as(article.name()).isTrue();
                }
                assertThat(node.path("text").asText()).as(article.name()).isNotBlank();
            } else {
                assertThat(brokenOrWrong(article)).as(article.name()).isTrue();
            }
        }
    }

    @Test
    void jsonTextEscapesWhatALibraryWouldRefuse() {
        assertThat(JsonText.quote("a\u0000b\ud800c\"\\\n")).isEqualTo("\"a\\u0000b\\ud800c\\\"\\\\\\n\"");
        assertThat(JsonText.quote("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
        assertThat(JsonText.object().string("text", "x").raw("n", "1").build()).isEqualTo("{\"text\":\"x\",\"n\":1}");
        assertThatThrownBy(() -> JSON.readTree("{\"text\":" + HostileArticles.nested(5000) + "}"))
                .isInstanceOf(Exception.class);
    }

    /** Not JSON, not an object, a missing or blank text, a field that is not a string, or a value the contract refuses. */
    private static boolean brokenOrWrong(HostileArticle article) {
        JsonNode node;
        try {
            node = JSON.readTree(article.json());
        } catch (Exception e) {
            return true;
        }
        // JSON Schema's \S (ECMA-262) counts no-break spaces as white space too
        if (node == null || !node.isObject() || !node.path("text").isTextual()
                || node.path("text").asText().replace('\u00a0', ' ').isBlank()) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            if (!it.next().getValue().isTextual()) {
                return true;
            }
        }
        return switch (article.kind()) {
            case "bad-url", "bad-date" -> true;
            case "over-limit" -> node.path("text").asText().length() > HostileArticles.TEXT_LIMIT;
            default -> false;
        };
    }

    private static JsonNode parse(HostileArticle article) {
        try {
            return JSON.readTree(article.json());
        } catch (Exception e) {
            throw new AssertionError(article.name() + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static String field(Map<String, String> byName, String name, String field) throws Exception {
        assertThat(byName).containsKey(name);
        return JSON.readTree(byName.get(name)).path(field).asText();
    }
}
