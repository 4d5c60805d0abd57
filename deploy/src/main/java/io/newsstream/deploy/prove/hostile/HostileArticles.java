package io.newsstream.deploy.prove.hostile;

import static io.newsstream.deploy.prove.hostile.HostileText.KIB;
import static io.newsstream.deploy.prove.hostile.HostileText.MIB;

import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Generates hostile article bodies, deterministically from a seed: first one fixed case per known finding (a 3 MiB
 * title, a 600 KB paragraph, dates PostgreSQL cannot store, NUL characters, lone surrogates, wrong JSON types ...),
 * then seeded random variations around them. Valid ones must be accepted and stored, or refused with a 4xx; invalid
 * ones must be refused with a 4xx; none may be answered 5xx.
 */
public final class HostileArticles {

    /** Fields an article may carry, all strings. */
    static final List<String> FIELDS = List.of("url", "title", "text", "outletHint", "publishedAt", "language");
    /** The default {@code ingest.max.article.bytes}. */
    static final int TEXT_LIMIT = MIB;

    private static final Expectation MAY = Expectation.MAY_BE_ACCEPTED;
    private static final Expectation MUST = Expectation.MUST_BE_4XX;

    private HostileArticles() {
    }

    /** {@code count} JSON bodies: the fixed cases first (all of them once count reaches {@link #fixedCount()}). */
    public static List<String> generate(long seed, int count) {
        return cases(seed, count).stream().map(HostileArticle::json).toList();
    }

    /** The same articles as {@link #generate}, with their names, kinds and expectations. */
    public static List<HostileArticle> cases(long seed, int count) {
        Random random = new Random(seed);
        List<HostileArticle> out = new ArrayList<>(count);
        for (HostileArticle fixed : fixed(new Random(seed ^ 0x5eed))) {
            if (out.size() == count) {
                return out;
            }
            out.add(fixed);
        }
        for (int i = out.size(); i < count; i++) {
            HostileArticle made = randomArticle(new Random(random.nextLong()), seed + "-" + i);
            out.add(new HostileArticle("article." + made.kind() + "#" + i, made.kind(), made.json(),
                    made.expectation()));
        }
        return out;
    }

    /** One random variation (its name is its kind): the request generator sends some in other framings. */
    static HostileArticle randomArticle(Random random, String id) {
        List<Variation> variations = variations();
        int ticket = random.nextInt(variations.stream().mapToInt(Variation::weight).sum());
        for (Variation v : variations) {
            ticket -= v.weight();
            if (ticket < 0) {
                return v.make().apply(random, id);
            }
        }
        throw new AssertionError("weights add up");
    }

    /** How many fixed cases there are: a count at least this large holds every known finding. */
    public static int fixedCount() {
        return fixed(new Random(0)).size();
    }

    private static List<HostileArticle> fixed(Random r) {
        List<HostileArticle> out = new ArrayList<>();
        for (String field : List.of("title", "outletHint", "url", "language")) {
            out.add(fixedCase("huge-field", field + "-3mib", withHugeField(r, field, 3 * MIB), MAY));
        }
        out.add(fixedCase("long-paragraph", "600kb", text(HostileText.paragraph(r, 600 * KIB)), MAY));
        out.add(fixedCase("quote-chain", "300kb", text(HostileText.quoteChain(r, 300 * KIB)), MAY));
        out.add(fixedCase("long-outlet-hint", "3000-chars", JsonText.object()
                .string("text", HostileText.paragraph(r, 2000))
                .string("outletHint", HostileText.repeat("Lindmoor Gazette ", 3000)).build(), MAY));
        for (String date : HostileText.EXTREME_DATES) {
            out.add(fixedCase("extreme-date", date, JsonText.object().string("text", HostileText.paragraph(r, 800))
                    .string("publishedAt", date).build(), MAY));
        }
        for (String field : List.of("text", "url", "title")) {
            out.add(fixedCase("nul-char", "in-" + field, withOdd(r, field, "\u0000"), MAY));
        }
        out.add(fixedCase("lone-surrogate", "high-in-text", withOdd(r, "text", "\ud800"), MAY));
        out.add(fixedCase("lone-surrogate", "low-in-title", withOdd(r, "title", "\udfff"), MAY));
        out.add(fixedCase("lone-surrogate", "reversed-pair-in-outlet", withOdd(r, "outletHint", "\udc00\ud800"), MAY));
        for (int i = 0; i < HostileText.ODD_UNICODE.size(); i++) {
            out.add(fixedCase("odd-unicode", "sample-" + i, withOdd(r, "text", HostileText.ODD_UNICODE.get(i)), MAY));
        }
        out.add(fixedCase("many-names", "2000", text(HostileText.names(r, 2000)), MAY));
        out.add(fixedCase("many-urls", "2000", text(HostileText.urls(r, 2000)), MAY));
        out.add(fixedCase("long-word", "500k", text(HostileText.repeat("Donaudampfschifffahrt", 500_000)), MAY));
        out.add(fixedCase("at-limit", "text-1mib-ascii", text(HostileText.paragraph(r, TEXT_LIMIT)), MAY));
        out.add(fixedCase("at-limit", "text-1mib-two-byte", text(HostileText.repeat("é", TEXT_LIMIT / 2)), MAY));
        out.add(fixedCase("at-limit", "text-1mib-four-byte",
                text(HostileText.repeat("\ud83d\ude00", TEXT_LIMIT / 2)), MAY));
        out.add(fixedCase("at-limit", "every-field-1mib", everyFieldAt(r, TEXT_LIMIT), MAY));
        out.add(fixedCase("control-heavy", "binary-looking", text(controlHeavy(r, 4 * KIB)), MAY));
        out.add(fixedCase("invisible-text", "zero-width-only", text("\u200b\u200c\u200d\ufeff\u2060"), MAY));
        out.add(fixedCase("html-text", "page", text("<html><head><title>x</title></head><body><p>"
                + HostileText.paragraph(r, 2000) + "</p><script>document.write('<p>')</script></body></html>"), MAY));
        out.add(fixedCase("duplicate-keys", "text-twice", "{\"text\":\"first text\",\"text\":\""
                + HostileText.paragraph(r, 300) + "\"}", MAY));
        out.add(fixedCase("deep-nesting", "unknown-field-100k",
                JsonText.object().string("text", HostileText.paragraph(r, 500)).raw("extra", nested(100_000)).build(),
                MAY));
        out.add(fixedCase("deep-nesting", "text-100k", JsonText.object().raw("text", nested(100_000)).build(), MUST));
        for (String literal : List.of("12345", "true", "{}", "[]", "null", "1e999")) {
            out.add(fixedCase("wrong-type", "text-" + literal, JsonText.object().raw("text", literal).build(), MUST));
        }
        for (String field : List.of("url", "title", "outletHint", "publishedAt", "language")) {
            out.add(fixedCase("wrong-type", field + "-number", JsonText.object()
                    .string("text", HostileText.paragraph(r, 300)).raw(field, "12345").build(), MUST));
        }
        out.add(fixedCase("missing-text", "no-text", JsonText.object().string("title", "Only a title").build(), MUST));
        out.add(fixedCase("missing-text", "empty", text(""), MUST));
        out.add(fixedCase("missing-text", "whitespace", text(" \n\t\r\u00a0 "), MUST));
        for (String url : List.of("javascript:alert(1)", "http://", "ftp://example.com/a", "//example.com/a",
                "https://exa mple.com/", "https://[::1/")) {
            out.add(fixedCase("bad-url", url, JsonText.object().string("text", HostileText.paragraph(r, 300))
                    .string("url", url).build(), MUST));
        }
        for (String date : List.of("0000-00-00", "2024-13-45", "2024-02-30", "yesterday", "2024-01-01T25:00Z")) {
            out.add(fixedCase("bad-date", date, JsonText.object()
                    .string("text", HostileText.paragraph(r, 300)).string("publishedAt", date).build(), MUST));
        }
        // A blank optional field counts as absent (docs/contracts.md): an article without a date, to be stored.
        out.add(fixedCase("blank-date", "empty", JsonText.object()
                .string("text", HostileText.paragraph(r, 300)).string("publishedAt", "").build(), MAY));
        out.add(fixedCase("over-limit", "text-1mib-plus-1", text(HostileText.paragraph(r, TEXT_LIMIT + 1)), MUST));
        for (String body : List.of("", "[]", "\"text\"", "12345", "null", "{", "{\"text\":\"a\"} trailing",
                "{\"text\":\"unterminated}", "{'text':'single quotes'}", "{\"text\":\"a\",}")) {
            out.add(fixedCase("not-an-article", "body-" + body.length() + "-" + Integer.toHexString(body.hashCode()),
                    body, MUST));
        }
        return out;
    }

    private record Variation(int weight, BiFunction<Random, String, HostileArticle> make) {
    }

    /** Random variations around the fixed cases; large bodies are rarer so a run of 1,000 stays a few hundred MB. */
    private static List<Variation> variations() {
        return List.of(
                new Variation(3, (r, id) -> random("huge-field",
                        withHugeField(r, HostileText.pick(r, List.of("title", "outletHint", "url", "language")),
                                HostileText.logSize(r, KIB, MIB)), MAY)),
                new Variation(3, (r, id) -> random("long-paragraph", withUrl(id,
                        HostileText.paragraph(r, HostileText.logSize(r, KIB, TEXT_LIMIT))), MAY)),
                new Variation(3, (r, id) -> random("quote-chain", withUrl(id,
                        HostileText.quoteChain(r, HostileText.logSize(r, KIB, 600 * KIB))), MAY)),
                new Variation(8, (r, id) -> random("extreme-date", JsonText.object()
                        .string("url", url(id)).string("text", HostileText.paragraph(r, 200 + r.nextInt(2000)))
                        .string("publishedAt", extremeDate(r)).build(), MAY)),
                new Variation(8, (r, id) -> random("nul-char",
                        withOddAndUrl(r, id, HostileText.pick(r, FIELDS), HostileText.repeat("\u0000",
                                1 + r.nextInt(5))), MAY)),
                new Variation(6, (r, id) -> random("lone-surrogate", withOddAndUrl(r, id,
                        HostileText.pick(r, List.of("text", "title", "outletHint", "language")),
                        String.valueOf((char) (0xd800 + r.nextInt(0x800)))), MAY)),
                new Variation(12, (r, id) -> random("odd-unicode", withOddAndUrl(r, id,
                        HostileText.pick(r, List.of("text", "title", "outletHint", "language")),
                        HostileText.oddUnicode(r) + HostileText.oddUnicode(r)), MAY)),
                new Variation(3, (r, id) -> random("many-names",
                        withUrl(id, HostileText.names(r, HostileText.logSize(r, 10, 5000))), MAY)),
                new Variation(3, (r, id) -> random("many-urls",
                        withUrl(id, HostileText.urls(r, HostileText.logSize(r, 10, 5000))), MAY)),
                new Variation(3, (r, id) -> random("long-word",
                        withUrl(id, HostileText.repeat("x" + r.nextInt(10), HostileText.logSize(r, KIB, MIB))), MAY)),
                new Variation(2, (r, id) -> random("control-heavy",
                        withUrl(id, controlHeavy(r, HostileText.logSize(r, 100, 64 * KIB))), MAY)),
                new Variation(10, (r, id) -> random("wrong-type", JsonText.object()
                        .string("text", HostileText.paragraph(r, 300))
                        .raw(HostileText.pick(r, FIELDS), HostileText.pick(r,
                                List.of("12345", "-0.5", "true", "false", "{}", "[]", "{\"a\":[1]}", "[\"x\"]",
                                        "99999999999999999999999"))).build(), MUST)),
                new Variation(4, (r, id) -> random("bad-date", JsonText.object()
                        .string("text", HostileText.paragraph(r, 300))
                        .string("publishedAt", HostileText.pick(r, List.of("0000-00-00", "2024-00-10", "2024-06-31",
                                "10:00", "2024-01-01T00:00:00+25:00", "+-2024-01-01", "2024-1-1"))).build(), MUST)),
                new Variation(4, (r, id) -> random("bad-url", JsonText.object()
                        .string("text", HostileText.paragraph(r, 300))
                        .string("url", HostileText.pick(r, List.of("javascript:alert(" + r.nextInt(99) + ")",
                                "mailto:a@example.com", "http:///nohost", "data:text/html,x", "relative/path",
                                "file:///etc/passwd"))).build(), MUST)),
                new Variation(2, (r, id) -> random("over-limit",
                        text(HostileText.paragraph(r, TEXT_LIMIT + 1 + r.nextInt(MIB))), MUST)),
                new Variation(3, (r, id) -> random("deep-nesting", JsonText.object()
                        .raw("text", nested(HostileText.logSize(r, 1_001, 200_000))).build(), MUST)));
    }

    private static HostileArticle fixedCase(String kind, String variant, String json, Expectation expectation) {
        return new HostileArticle("article." + kind + "." + variant, kind, json, expectation);
    }

    private static HostileArticle random(String kind, String json, Expectation expectation) {
        return new HostileArticle(kind, kind, json, expectation);
    }

    private static String text(String text) {
        return JsonText.object().string("text", text).build();
    }

    private static String url(String id) {
        return "https://hostile.example/article/" + id;
    }

    private static String withUrl(String id, String text) {
        return JsonText.object().string("url", url(id)).string("text", text).build();
    }

    private static String withHugeField(Random r, String field, int chars) {
        String value = switch (field) {
            case "url" -> "https://hostile.example/" + HostileText.repeat("long-path/", chars);
            case "language" -> HostileText.repeat("en-", chars);
            default -> HostileText.paragraph(r, chars);
        };
        return JsonText.object().string("text", HostileText.paragraph(r, 500)).string(field, value).build();
    }

    /** {@code odd} placed inside a field, the rest of the article ordinary. */
    private static String withOdd(Random r, String field, String odd) {
        JsonText json = JsonText.object();
        if (!field.equals("text")) {
            json.string("text", HostileText.paragraph(r, 400));
        }
        return json.string(field, oddValue(r, field, odd)).build();
    }

    private static String withOddAndUrl(Random r, String id, String field, String odd) {
        JsonText json = JsonText.object();
        if (!field.equals("url")) {
            json.string("url", url(id));
        }
        if (!field.equals("text")) {
            json.string("text", HostileText.paragraph(r, 400));
        }
        return json.string(field, oddValue(r, field, odd)).build();
    }

    private static String oddValue(Random r, String field, String odd) {
        return switch (field) {
            case "url" -> "https://hostile.example/" + odd + "/" + r.nextInt(1_000_000);
            case "publishedAt" -> "2031-03-04" + odd;
            case "language" -> "en" + odd;
            default -> {
                String before = HostileText.paragraph(r, 20 + r.nextInt(300));
                yield before + odd + HostileText.paragraph(r, 20 + r.nextInt(300));
            }
        };
    }

    private static String everyFieldAt(Random r, int chars) {
        return JsonText.object()
                .string("url", "https://hostile.example/" + HostileText.repeat("p/", chars))
                .string("title", HostileText.paragraph(r, chars))
                .string("text", HostileText.paragraph(r, chars))
                .string("outletHint", HostileText.repeat("Lindmoor Gazette ", chars))
                .string("publishedAt", "9999-12-31T23:59:59Z") // the extreme dates are cases of their own
                .string("language", HostileText.repeat("en", chars)).build();
    }

    /** Text where one character in four is a control character: enrich calls it binary. */
    private static String controlHeavy(Random r, int chars) {
        StringBuilder out = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            out.append(i % 4 == 0 ? (char) (1 + r.nextInt(8)) : (char) ('a' + r.nextInt(26)));
        }
        return out.toString();
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String extremeDate(Random r) {
        if (r.nextBoolean()) {
            return HostileText.pick(r, HostileText.EXTREME_DATES);
        }
        long year = HostileText.pick(r, List.of(0L, -4714L, -4713L, 294276L, 294277L, 999_999_999L, -999_999_999L,
                10_000L, -1L, (long) r.nextInt(Integer.MAX_VALUE)));
        String yearText = year > 9999 ? "+" + year : year < 0 ? String.format("-%04d", -year)
                : String.format("%04d", year);
        int offsetHours = r.nextInt(37) - 18;
        String offset = offsetHours == 0 ? "Z" : String.format("%+03d:00", offsetHours);
        return String.format("%s-%02d-%02dT%02d:%02d:%02d%s", yearText, 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(24), r.nextInt(60), r.nextInt(60), offset);
    }
}
