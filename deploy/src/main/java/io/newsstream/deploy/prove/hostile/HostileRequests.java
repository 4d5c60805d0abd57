package io.newsstream.deploy.prove.hostile;

import static io.newsstream.deploy.prove.hostile.HostileRequest.Expectation.MAY_BE_ACCEPTED;
import static io.newsstream.deploy.prove.hostile.HostileRequest.Expectation.MUST_BE_4XX;
import static io.newsstream.deploy.prove.hostile.HostileText.KIB;
import static io.newsstream.deploy.prove.hostile.HostileText.MIB;
import static io.newsstream.deploy.prove.hostile.RawRequest.concat;
import static io.newsstream.deploy.prove.hostile.RawRequest.gzip;
import static io.newsstream.deploy.prove.hostile.RawRequest.utf8;

import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import io.newsstream.deploy.prove.hostile.HostileRequest.Service;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Generates hostile HTTP requests for ingest and the sink's query API, deterministically from a seed: first one fixed
 * case per known finding (broken content types and framing, gzip bombs, invalid UTF-8, huge and many headers,
 * oversized NDJSON, extreme times, garbage cursors, NUL characters, SQL injection ... and every fixed
 * {@link HostileArticles} case), then seeded random variations around them.
 */
public final class HostileRequests {

    static final String ARTICLES = "/v1/articles";
    private static final String ORDINARY = "{\"text\":\"Ministers met in Kyiv on Monday to discuss a ceasefire.\"}";
    /** Bytes no UTF-8 decoder may accept: a bad continuation, 0xFF, an overlong slash, a surrogate, a cut emoji. */
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xff},
            new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98});
    private static final List<String> BAD_CHUNK_SIZES = List.of("zz", "-1", "FFFFFFFFFFFFFFFFFFFF", "0x10", "1 0",
            "", "7fffffff", "\u00ff");
    /** Query endpoints and the parameters each must have. */
    private static final List<String> QUERY_ENDPOINTS = List.of("/v1/articles?", "/v1/stats/stance?target="
            + "peace-negotiations&", "/v1/stats/portrayal?entity=Elsa%20Varga&", "/v1/entities/top?");
    /** Free-text parameters: any value is legal (no match is an empty answer). */
    private static final List<String> TEXT_PARAMETERS = List.of("q", "entity", "outlet", "target");
    /** Enumerated parameters: a value outside the set is malformed. */
    private static final List<String> ENUM_PARAMETERS = List.of("stance=", "outletRole=", "interval=", "by=", "type=");

    private HostileRequests() {
    }

    /** {@code count} requests: the fixed cases first (all of them once count reaches {@link #fixedCount()}). */
    public static List<HostileRequest> generate(long seed, int count, Target ingest, Target sink) {
        Cases cases = new Cases(ingest, sink, count);
        fixedIngest(cases);
        fixedSink(cases);
        for (HostileArticle article : HostileArticles.cases(seed, HostileArticles.fixedCount())) {
            cases.add(articlePost(article, article.name(), ingest));
        }
        Random random = new Random(seed);
        List<Variation> variations = variations();
        int totalWeight = variations.stream().mapToInt(Variation::weight).sum();
        while (cases.out.size() < count) {
            int ticket = random.nextInt(totalWeight);
            long own = random.nextLong();
            for (Variation v : variations) {
                ticket -= v.weight();
                if (ticket < 0) {
                    cases.variant = "#" + cases.out.size();
                    v.make().accept(cases, new Random(own));
                    break;
                }
            }
        }
        return List.copyOf(cases.out.subList(0, count));
    }

    /** How many fixed cases there are: a count at least this large holds every known finding. */
    public static int fixedCount() {
        Target any = new Target("localhost", 1);
        Cases cases = new Cases(any, any, Integer.MAX_VALUE);
        fixedIngest(cases);
        fixedSink(cases);
        return cases.out.size() + HostileArticles.fixedCount();
    }

    /** The articles as {@code POST /v1/articles} requests ({@code application/json}), keeping their expectations. */
    public static List<HostileRequest> articlePosts(List<HostileArticle> articles, Target ingest) {
        return articles.stream().map(a -> articlePost(a, a.name(), ingest)).toList();
    }

    private static HostileRequest articlePost(HostileArticle article, String name, Target ingest) {
        return new HostileRequest(name, article.kind(), Service.INGEST, ingest, article.expectation(), true, false,
                RawRequest.post(ARTICLES, "application/json", () -> utf8(article.json())).writer(ingest));
    }

    /** Collects cases, naming fixed ones by their variant and random ones by their position. */
    private static final class Cases {
        final Target ingest;
        final Target sink;
        final int limit;
        final List<HostileRequest> out = new ArrayList<>();
        String variant;

        Cases(Target ingest, Target sink, int limit) {
            this.ingest = ingest;
            this.sink = sink;
            this.limit = limit;
        }

        void add(HostileRequest request) {
            if (out.size() < limit) {
                out.add(request);
            }
        }

        void ingest(String kind, String variant, Expectation expectation, RawRequest request) {
            add(kind, variant, Service.INGEST, expectation, true, false, request);
        }

        void sink(String kind, String variant, Expectation expectation, RawRequest request) {
            add(kind, variant, Service.SINK, expectation, true, false, request);
        }

        /** A request a server may rightly answer by closing the connection. */
        void unowed(String kind, String variant, Service service, Expectation expectation, boolean halfClose,
                    RawRequest request) {
            add(kind, variant, service, expectation, false, halfClose, request);
        }

        private void add(String kind, String variant, Service service, Expectation expectation, boolean owed,
                         boolean halfClose, RawRequest request) {
            String fullVariant = variant.startsWith("#") ? variant : "." + variant;
            Target target = service == Service.INGEST ? ingest : sink;
            add(new HostileRequest(service.name().toLowerCase() + "." + kind + fullVariant, kind, service, target,
                    expectation, owed, halfClose, request.writer(target)));
        }
    }

    private static void fixedIngest(Cases c) {
        Supplier<byte[]> ordinary = () -> utf8(ORDINARY);
        for (String type : List.of(";", "", "application/json;;;charset==", "application/xml", "application/json, "
                + "text/plain", "text/plain; charset=", "text/plain; charset=utf-99", "application/x-ndjson; "
                + "charset=latin1", "\u00ff\u00fe/\u00ff", "*/*", "application/", "/json")) {
            c.ingest("content-type", "'" + type + "'", MUST_BE_4XX, RawRequest.post(ARTICLES, type, ordinary));
        }
        c.ingest("content-type", "missing", MUST_BE_4XX, RawRequest.of("POST", ARTICLES).body(ordinary));
        for (String type : List.of("APPLICATION/JSON", "application/json; charset=utf-99", "application/json;"
                + " charset=\"utf-8", "text/plain; charset=ISO-8859-1", "text/plain;charset=UTF-16")) {
            c.ingest("content-type", "'" + type + "'", MAY_BE_ACCEPTED, RawRequest.post(ARTICLES, type,
                    () -> type.contains("plain") ? "Title\nBody of a plain article.".getBytes(charsetOf(type))
                            : utf8(ORDINARY)));
        }
        for (int i = 0; i < INVALID_UTF8.size(); i++) {
            byte[] bad = INVALID_UTF8.get(i);
            c.ingest("invalid-utf8", "json-" + i, MUST_BE_4XX, RawRequest.post(ARTICLES, "application/json",
                    () -> concat(utf8("{\"text\":\"Ministers met"), bad, utf8(" in Kyiv.\"}"))));
            c.ingest("invalid-utf8", "plain-" + i, MUST_BE_4XX, RawRequest.post(ARTICLES, "text/plain",
                    () -> concat(utf8("Title\nMinisters met"), bad, utf8(" in Kyiv."))));
            c.ingest("invalid-utf8", "ndjson-" + i, MUST_BE_4XX, RawRequest.post(ARTICLES, "application/x-ndjson",
                    () -> concat(utf8("{\"text\":\"Ministers met"), bad, utf8(" in Kyiv.\"}\n"))));
        }
        for (String size : BAD_CHUNK_SIZES) {
            c.unowed("chunked-framing", "size-'" + size + "'", Service.INGEST, MUST_BE_4XX, true,
                    chunked(() -> (size + "\r\n" + ORDINARY + "\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        }
        c.unowed("chunked-framing", "no-crlf-after-data", Service.INGEST, MUST_BE_4XX, true,
                chunked(() -> utf8("5\r\n" + ORDINARY + "0\r\n\r\n")));
        c.unowed("chunked-framing", "no-last-chunk", Service.INGEST, MUST_BE_4XX, true,
                chunked(() -> utf8(Integer.toHexString(ORDINARY.length()) + "\r\n" + ORDINARY + "\r\n")));
        c.unowed("chunked-framing", "size-beyond-data", Service.INGEST, MUST_BE_4XX, true,
                chunked(() -> utf8("ffff\r\n" + ORDINARY)));
        c.ingest("chunked-framing", "valid", MAY_BE_ACCEPTED, chunked(() -> utf8(Integer.toHexString(
                ORDINARY.length()) + "\r\n" + ORDINARY + "\r\n0\r\n\r\n")));
        c.ingest("chunked-framing", "valid-extension-and-trailer", MAY_BE_ACCEPTED, chunked(() -> utf8(
                Integer.toHexString(ORDINARY.length()) + ";ext=1\r\n" + ORDINARY + "\r\n0\r\nX-Trailer: 1\r\n\r\n")));
        c.unowed("short-body", "1000-declared-10-sent", Service.INGEST, MUST_BE_4XX, true,
                withLength(1000, () -> Arrays.copyOf(utf8(ORDINARY), 10)));
        c.unowed("short-body", "10mib-declared-json-sent", Service.INGEST, MUST_BE_4XX, true,
                withLength(10 * MIB, ordinary));
        for (String length : List.of("-1", "abc", "99999999999999999999", "1e3", "")) {
            c.unowed("bad-content-length", "'" + length + "'", Service.INGEST, MUST_BE_4XX, true,
                    RawRequest.post(ARTICLES, "application/json", ordinary).noLength()
                            .header("Content-Length: " + length));
        }
        c.unowed("bad-content-length", "two-different", Service.INGEST, MUST_BE_4XX, true,
                RawRequest.post(ARTICLES, "application/json", ordinary).header("Content-Length: 3"));
        c.unowed("bad-content-length", "with-chunked", Service.INGEST, MAY_BE_ACCEPTED, true,
                chunked(() -> utf8(Integer.toHexString(ORDINARY.length()) + "\r\n" + ORDINARY + "\r\n0\r\n\r\n"))
                        .header("Content-Length: 5"));
        for (String type : List.of("application/json", "application/x-ndjson", "text/plain")) {
            c.ingest("gzip-bomb", "2gib-" + type, MUST_BE_4XX, RawRequest.post(ARTICLES, type, () -> GzipBomb.of(32))
                    .header("Content-Encoding: gzip"));
        }
        byte[] ordinaryGzip = gzip(utf8(ORDINARY));
        c.ingest("invalid-gzip", "random-bytes", MUST_BE_4XX, gzipped(() -> randomBytes(new Random(1), 4096)));
        c.ingest("invalid-gzip", "header-then-garbage", MUST_BE_4XX, gzipped(() -> concat(
                Arrays.copyOf(ordinaryGzip, 10), utf8("not deflate at all"))));
        c.ingest("invalid-gzip", "truncated", MUST_BE_4XX, gzipped(() -> Arrays.copyOf(ordinaryGzip,
                ordinaryGzip.length / 2)));
        c.ingest("invalid-gzip", "bad-crc", MUST_BE_4XX, gzipped(() -> flipByte(ordinaryGzip, ordinaryGzip.length - 6)));
        c.ingest("invalid-gzip", "plain-body", MUST_BE_4XX, gzipped(ordinary));
        c.ingest("invalid-gzip", "empty-body", MUST_BE_4XX, gzipped(() -> new byte[0]));
        for (String encoding : List.of("br", "deflate", "compress", "gzip, gzip", "zstd", "gzip;q=0")) {
            c.ingest("other-encoding", "'" + encoding + "'", MUST_BE_4XX, RawRequest.post(ARTICLES,
                    "application/json", ordinary).header("Content-Encoding: " + encoding));
        }
        c.ingest("other-encoding", "identity", MAY_BE_ACCEPTED, RawRequest.post(ARTICLES, "application/json",
                ordinary).header("Content-Encoding: identity"));
        c.ingest("deep-nesting", "array-1m", MUST_BE_4XX, json(() -> utf8(HostileArticles.nested(1_000_000))));
        c.ingest("deep-nesting", "objects-100k", MUST_BE_4XX, json(() -> utf8("{\"a\":".repeat(100_000) + "1"
                + "}".repeat(100_000))));
        c.ingest("deep-nesting", "ndjson-line-100k", MUST_BE_4XX, RawRequest.post(ARTICLES, "application/x-ndjson",
                () -> utf8("{\"text\":" + HostileArticles.nested(100_000) + "}\n")));
        c.ingest("huge-headers", "8kib", MAY_BE_ACCEPTED, json(ordinary).header("X-Pad: " + "a".repeat(8 * KIB)));
        c.unowed("huge-headers", "1mib", Service.INGEST, MAY_BE_ACCEPTED, false, json(ordinary)
                .header("X-Pad: " + "a".repeat(MIB)));
        c.unowed("huge-headers", "1mib-cookie", Service.INGEST, MAY_BE_ACCEPTED, false, json(ordinary)
                .header("Cookie: " + "k=v; ".repeat(MIB / 5)));
        c.ingest("many-headers", "100", MAY_BE_ACCEPTED, manyHeaders(json(ordinary), 100));
        c.unowed("many-headers", "10000", Service.INGEST, MAY_BE_ACCEPTED, false, manyHeaders(json(ordinary), 10_000));
        c.ingest("ndjson-too-many", "1001-lines", MUST_BE_4XX, ndjson(() -> ordinaryLines(1001, "a")));
        c.ingest("ndjson-too-many", "5000-lines", MUST_BE_4XX, ndjson(() -> ordinaryLines(5000, "b")));
        c.ingest("ndjson-too-many", "1000-blank-lines-and-1001-articles", MUST_BE_4XX, ndjson(() -> concat(
                utf8("\n".repeat(1000)), ordinaryLines(1001, "c"))));
        c.ingest("ndjson-mixed", "good-and-bad", MAY_BE_ACCEPTED, ndjson(() -> utf8(String.join("\n",
                "{\"text\":\"A good article about talks in Kyiv.\"}", "{\"text\":12345}", "not json", "",
                "{\"text\":\"nul\\u0000inside\"}", "{\"text\":\"lone \\ud800 surrogate\"}", "[]", "{\"text\":\"\"}",
                "{\"text\":\"Another good one.\",\"publishedAt\":\"+999999999-12-31T23:59:59-18:00\"}") + "\n")));
        c.ingest("ndjson-mixed", "all-bad", MUST_BE_4XX, ndjson(() -> utf8("{\"text\":1}\nnull\n{\"text\":\" \"}\n")));
        c.ingest("ndjson-mixed", "blank-only", MUST_BE_4XX, ndjson(() -> utf8("\n\n \n\t\n")));
        c.ingest("ndjson-mixed", "crlf-lines", MAY_BE_ACCEPTED, ndjson(() -> utf8(ORDINARY + "\r\n" + ORDINARY
                .replace("Monday", "Tuesday") + "\r\n")));
        for (String date : HostileText.EXTREME_DATES) {
            c.ingest("plain-query", "publishedAt-" + date, MAY_BE_ACCEPTED, plain("?publishedAt=" + encode(date)));
        }
        for (String field : List.of("url", "outletHint", "language")) {
            c.ingest("plain-query", field + "-nul", MAY_BE_ACCEPTED, plain("?" + field + "=" + (field.equals("url")
                    ? "https%3A%2F%2Fhostile.example%2F%00" : "x%00y")));
        }
        c.ingest("plain-query", "publishedAt-0000-00-00", MUST_BE_4XX, plain("?publishedAt=0000-00-00"));
        c.ingest("plain-query", "unknown-parameter", MUST_BE_4XX, plain("?foo=bar"));
        c.ingest("plain-query", "malformed-percent", MUST_BE_4XX, plain("?url=%zz"));
        c.ingest("plain-query", "trailing-percent", MUST_BE_4XX, plain("?outletHint=abc%"));
        c.ingest("plain-query", "outletHint-64kib", MAY_BE_ACCEPTED, plain("?outletHint=" + "a".repeat(64 * KIB)));
        c.unowed("plain-query", "outletHint-1mib", Service.INGEST, MAY_BE_ACCEPTED, false,
                plain("?outletHint=" + "a".repeat(MIB)));
        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE", "FOO", "GET")) {
            c.ingest("method", method, MUST_BE_4XX, RawRequest.of(method, ARTICLES).header("Content-Type: "
                    + "application/json").body(method.equals("GET") ? () -> null : ordinary));
        }
        c.unowed("bad-request-line", "garbage", Service.INGEST, MUST_BE_4XX, false, RawRequest.of("GARBAGE", "")
                .version("").noHost());
        c.unowed("bad-request-line", "no-version", Service.INGEST, MUST_BE_4XX, false, json(ordinary).version(""));
        // Not HTTP/9.9: its right answer is 505, a 5xx; an unknown minor version is read as the highest known one.
        c.ingest("bad-request-line", "http-1.9", MAY_BE_ACCEPTED, json(ordinary).version("HTTP/1.9"));
        c.ingest("bad-request-line", "no-host", MAY_BE_ACCEPTED, json(ordinary).noHost());
        c.ingest("bad-request-line", "path-traversal", MUST_BE_4XX, RawRequest.post(ARTICLES + "/../../etc/passwd",
                "application/json", ordinary));
        c.ingest("empty-body", "json", MUST_BE_4XX, json(() -> new byte[0]));
        c.ingest("empty-body", "plain", MUST_BE_4XX, RawRequest.post(ARTICLES, "text/plain", () -> new byte[0]));
        c.ingest("empty-body", "ndjson", MUST_BE_4XX, ndjson(() -> new byte[0]));
    }

    private static void fixedSink(Cases c) {
        List<String> extremes = List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-01-01",
                "-4714-11-24T00:00:00Z", "+294277-01-01T00:00:00Z", "+999999999-12-31T23:59:59-18:00",
                "1970-01-01T00:00:00+18:00");
        for (String endpoint : QUERY_ENDPOINTS) {
            String name = endpointName(endpoint);
            for (String bound : List.of("since", "until")) {
                for (String time : extremes) {
                    c.sink("extreme-time", name + "-" + bound + "-" + time, MAY_BE_ACCEPTED,
                            RawRequest.get(endpoint + bound + "=" + encode(time)));
                }
                for (String bad : List.of("0000-00-00", "2024-02-30", "yesterday", "%00", "1e99")) {
                    c.sink("bad-time", name + "-" + bound + "-" + bad, MUST_BE_4XX,
                            RawRequest.get(endpoint + bound + "=" + bad));
                }
            }
            for (String limit : List.of("99999999999999999999", "-1", "0", "201", "1.5", "0x10", "%00")) {
                c.sink("limit", name + "-'" + limit + "'", MUST_BE_4XX, RawRequest.get(endpoint + "limit=" + limit));
            }
            // An empty parameter counts as absent (docs/contracts.md): the default limit.
            c.sink("limit", name + "-empty", MAY_BE_ACCEPTED, RawRequest.get(endpoint + "limit="));
            c.sink("unknown-parameter", name, MUST_BE_4XX, RawRequest.get(endpoint + "foo=bar"));
            c.sink("repeated-parameter", name, MUST_BE_4XX, RawRequest.get(endpoint + "since=2031-01-01&since="
                    + "2031-01-02"));
            for (String escape : List.of("%zz", "%", "%0", "%u0041")) {
                c.sink("malformed-percent", name + "-" + escape, MUST_BE_4XX, RawRequest.get(endpoint + "since="
                        + escape));
            }
        }
        for (String cursor : List.of("!!!", "AAAA", "%00", "eyJ", base64("2031-01-01T00:00:00Z,not-hex"),
                base64("2031-01-01T00:00:00Z,abc%00"), base64("0000-00-00T00:00:00Z,abc"), "a".repeat(64 * KIB))) {
            c.sink("cursor", "garbage-" + Integer.toHexString(cursor.hashCode()), MUST_BE_4XX,
                    RawRequest.get("/v1/articles?cursor=" + cursor));
        }
        for (String time : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "-4714-11-24T00:00:00Z", "+294277-01-01T00:00:00Z")) {
            c.sink("cursor", "extreme-" + time, MAY_BE_ACCEPTED, RawRequest.get("/v1/articles?cursor="
                    + base64(time + ",0123abcd")));
        }
        for (String endpoint : List.of("/v1/articles?", "/v1/stream?")) {
            for (String parameter : TEXT_PARAMETERS) {
                c.sink("nul-parameter", endpointName(endpoint) + "-" + parameter, MAY_BE_ACCEPTED,
                        RawRequest.get(endpoint + parameter + "=a%00b"));
                c.sink("over-long-parameter", endpointName(endpoint) + "-" + parameter + "-64kib", MAY_BE_ACCEPTED,
                        RawRequest.get(endpoint + parameter + "=" + "long%20word".repeat(64 * KIB / 11)));
                for (String injection : HostileText.SQL_INJECTIONS) {
                    c.sink("sql-injection", endpointName(endpoint) + "-" + parameter + "-"
                            + Integer.toHexString(injection.hashCode()), MAY_BE_ACCEPTED,
                            RawRequest.get(endpoint + parameter + "=" + encode(injection)));
                }
            }
            for (String parameter : ENUM_PARAMETERS) {
                c.sink("nul-parameter", endpointName(endpoint) + "-" + parameter, MUST_BE_4XX,
                        RawRequest.get(endpoint + "target=x&outlet=y&" + parameter + "FAVOR%00"));
            }
        }
        c.sink("nul-parameter", "stance-target", MAY_BE_ACCEPTED, RawRequest.get("/v1/stats/stance?target=a%00"));
        c.sink("nul-parameter", "portrayal-entity", MAY_BE_ACCEPTED, RawRequest.get("/v1/stats/portrayal?entity=%00"));
        c.sink("nul-parameter", "entities-type", MUST_BE_4XX, RawRequest.get("/v1/entities/top?type=PERSON%00"));
        c.unowed("over-long-parameter", "articles-q-1mib", Service.SINK, MAY_BE_ACCEPTED, false,
                RawRequest.get("/v1/articles?q=" + "w".repeat(MIB)));
        c.sink("stats-parameters", "stance-no-target", MUST_BE_4XX, RawRequest.get("/v1/stats/stance"));
        c.sink("stats-parameters", "stance-interval-year", MUST_BE_4XX, RawRequest.get("/v1/stats/stance?target=x"
                + "&interval=year"));
        c.sink("stats-parameters", "portrayal-by-speaker", MUST_BE_4XX, RawRequest.get("/v1/stats/portrayal?entity=x"
                + "&by=speaker"));
        c.sink("stats-parameters", "stance-without-target", MUST_BE_4XX, RawRequest.get("/v1/articles?stance=FAVOR"));
        for (String id : List.of("%00", "'%20OR%20'1'='1", "0".repeat(10_000), "..%2F..%2Fetc%2Fpasswd", "%zz",
                "ABCDEF0123456789ABCDEF0123456789")) {
            c.sink("bad-id", Integer.toHexString(id.hashCode()), MUST_BE_4XX, RawRequest.get("/v1/articles/" + id));
        }
        c.sink("bad-id", "path-below-item", MUST_BE_4XX, RawRequest.get("/v1/articles/0123/extra"));
        for (String lastEventId : List.of("99999999999999999999", "-1", "abc", "%00")) {
            c.sink("stream-last-event-id", "query-" + lastEventId, MAY_BE_ACCEPTED,
                    RawRequest.get("/v1/stream?lastEventId=" + lastEventId));
            c.sink("stream-last-event-id", "header-" + lastEventId, MAY_BE_ACCEPTED,
                    RawRequest.get("/v1/stream").header("Last-Event-ID: " + lastEventId));
        }
        c.sink("unknown-parameter", "stream", MUST_BE_4XX, RawRequest.get("/v1/stream?foo=1"));
        c.sink("method", "post-articles", MUST_BE_4XX, json(() -> utf8(ORDINARY)));
        c.sink("method", "delete-article", MUST_BE_4XX, RawRequest.of("DELETE", "/v1/articles/0123abcd"));
        c.unowed("huge-headers", "1mib", Service.SINK, MAY_BE_ACCEPTED, false, RawRequest.get("/v1/articles")
                .header("X-Pad: " + "a".repeat(MIB)));
        c.unowed("many-headers", "10000", Service.SINK, MAY_BE_ACCEPTED, false,
                manyHeaders(RawRequest.get("/v1/articles"), 10_000));
    }

    private record Variation(int weight, BiConsumer<Cases, Random> make) {
    }

    /** Random variations around the fixed cases, weighted so a run of 10,000 stays around a gigabyte sent. */
    private static List<Variation> variations() {
        return List.of(
                new Variation(20, (c, r) -> c.add(articlePost(HostileArticles.randomArticle(r, "r" + c.out.size()),
                        "ingest.article" + c.variant, c.ingest))),
                new Variation(5, (c, r) -> {
                    List<HostileArticle> batch = new ArrayList<>();
                    for (int i = 1 + r.nextInt(20); i > 0; i--) {
                        batch.add(HostileArticles.randomArticle(new Random(r.nextLong()), "n" + c.out.size() + "-" + i));
                    }
                    Expectation expectation = batch.stream().anyMatch(a -> a.expectation() == MAY_BE_ACCEPTED)
                            ? MAY_BE_ACCEPTED : MUST_BE_4XX;
                    Supplier<byte[]> lines = () -> utf8(String.join("\n", batch.stream().map(HostileArticle::json)
                            .toList()) + "\n");
                    c.ingest("article-ndjson", c.variant, expectation, r.nextBoolean() ? ndjson(lines)
                            : ndjson(() -> gzip(lines.get())).header("Content-Encoding: gzip"));
                }),
                new Variation(4, (c, r) -> {
                    // A hostile web page: whatever ingest accepts must come out stored, extracted or with its outcome.
                    int shape = r.nextInt(HOSTILE_PAGE_SHAPES);
                    int size = HostileText.logSize(r, 64, 3 * 1024 * KIB);
                    long seed = r.nextLong();
                    String query = r.nextBoolean() ? "" : "?url=" + encode("https://hostile.example/page/" + Long.toHexString(seed));
                    String type = HostileText.pick(r, List.of("text/html", "text/html; charset=utf-8",
                            "text/html; charset=windows-1252", "application/xhtml+xml", "text/html; charset=shift_jis"));
                    c.ingest("html-page", c.variant, MAY_BE_ACCEPTED, RawRequest.post(ARTICLES + query, type,
                            () -> hostilePage(shape, size, new Random(seed))));
                }),
                new Variation(4, (c, r) -> {
                    HostileArticle article = HostileArticles.randomArticle(r, "g" + c.out.size());
                    c.ingest("article-gzip", c.variant, article.expectation(), gzipped(() -> gzip(utf8(article.json()))));
                }),
                new Variation(5, (c, r) -> {
                    String type = HostileText.pick(r, List.of(";", ";;", " ", "application", "json", "text/xml",
                            "application/json/x", "text/plain; charset=" + Long.toHexString(r.nextLong()),
                            "application/x-ndjson; charset=utf-16", "multipart/form-data; boundary=x",
                            "\u00ff" + r.nextInt(), "application/x-www-form-urlencoded"));
                    c.ingest("content-type", c.variant, MUST_BE_4XX, RawRequest.post(ARTICLES, type,
                            () -> utf8(ORDINARY)));
                }),
                new Variation(5, (c, r) -> {
                    byte[] bad = HostileText.pick(r, INVALID_UTF8);
                    String type = HostileText.pick(r, List.of("application/json", "text/plain",
                            "application/x-ndjson"));
                    String text = HostileText.paragraph(r, 10 + r.nextInt(5000));
                    int cut = r.nextInt(text.length());
                    byte[] body = type.equals("text/plain")
                            ? concat(utf8("Title\n" + text.substring(0, cut)), bad, utf8(text.substring(cut)))
                            : concat(utf8("{\"text\":\"" + text.substring(0, cut)), bad, utf8(text.substring(cut)
                                    + "\"}\n"));
                    c.ingest("invalid-utf8", c.variant, MUST_BE_4XX, RawRequest.post(ARTICLES, type, () -> body));
                }),
                new Variation(5, (c, r) -> {
                    String size = r.nextBoolean() ? HostileText.pick(r, BAD_CHUNK_SIZES)
                            : Long.toHexString(r.nextLong() | Long.MIN_VALUE) + "ff";
                    String data = HostileText.paragraph(r, r.nextInt(2000));
                    c.unowed("chunked-framing", c.variant, Service.INGEST, MUST_BE_4XX, true, chunked(() ->
                            (size + "\r\n" + data + "\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
                }),
                new Variation(4, (c, r) -> {
                    byte[] body = utf8(JsonText.object().string("text", HostileText.paragraph(r, 10 + r.nextInt(
                            20_000))).build());
                    int sent = r.nextInt(body.length);
                    c.unowed("short-body", c.variant, Service.INGEST, MUST_BE_4XX, true,
                            withLength(body.length + 1 + r.nextInt(MIB), () -> Arrays.copyOf(body, sent)));
                }),
                new Variation(2, (c, r) -> {
                    int members = 1 + r.nextInt(48);
                    c.ingest("gzip-bomb", c.variant, MUST_BE_4XX, RawRequest.post(ARTICLES, HostileText.pick(r,
                            List.of("application/json", "application/x-ndjson", "text/plain")),
                            () -> GzipBomb.of(members)).header("Content-Encoding: " + (r.nextBoolean() ? "gzip"
                            : "x-gzip")));
                }),
                new Variation(4, (c, r) -> {
                    byte[] good = gzip(utf8(JsonText.object().string("text", HostileText.paragraph(r, 100
                            + r.nextInt(5000))).build()));
                    int mode = r.nextInt(3);
                    byte[] body = mode == 0 ? randomBytes(r, 1 + r.nextInt(8192))
                            : mode == 1 ? Arrays.copyOf(good, 1 + r.nextInt(good.length - 1))
                            : flipByte(good, 10 + r.nextInt(good.length - 10));
                    c.ingest("invalid-gzip", c.variant, MUST_BE_4XX, gzipped(() -> body));
                }),
                new Variation(3, (c, r) -> {
                    int depth = HostileText.logSize(r, 1_001, 1_000_000);
                    c.ingest("deep-nesting", c.variant, MUST_BE_4XX, json(() -> utf8(r.nextBoolean()
                            ? HostileArticles.nested(depth) : "{\"text\":" + HostileArticles.nested(depth) + "}")));
                }),
                new Variation(2, (c, r) -> {
                    int size = HostileText.logSize(r, KIB, MIB);
                    RawRequest request = json(() -> utf8(ORDINARY)).header("X-Pad: " + "h".repeat(size));
                    c.add("huge-headers", c.variant, Service.INGEST, MAY_BE_ACCEPTED, size <= 8 * KIB, false,
                            request);
                }),
                new Variation(2, (c, r) -> {
                    int count = HostileText.logSize(r, 10, 20_000);
                    c.add("many-headers", c.variant, Service.INGEST, MAY_BE_ACCEPTED, count <= 100, false,
                            manyHeaders(json(() -> utf8(ORDINARY)), count));
                }),
                new Variation(1, (c, r) -> {
                    int lines = 1001 + r.nextInt(3000);
                    String tag = Long.toHexString(r.nextLong());
                    c.ingest("ndjson-too-many", c.variant, MUST_BE_4XX, ndjson(() -> ordinaryLines(lines, tag)));
                }),
                new Variation(6, (c, r) -> {
                    String date = HostileText.pick(r, HostileText.EXTREME_DATES);
                    c.ingest("plain-query", c.variant, MAY_BE_ACCEPTED, plain("?publishedAt=" + encode(date)
                            + "&outletHint=" + encode(HostileText.oddUnicode(r)) + "&language=" + encode("en\u0000")));
                }),
                new Variation(2, (c, r) -> c.ingest("plain-query", c.variant, MUST_BE_4XX, plain("?"
                        + HostileText.pick(r, List.of("x=1", "url=%g0", "title=T", "url=a&url=b", "%=", "&&=",
                        "publishedAt=0000-00-00"))))),
                new Variation(10, (c, r) -> {
                    String endpoint = HostileText.pick(r, QUERY_ENDPOINTS);
                    String time = r.nextBoolean() ? HostileText.pick(r, HostileText.EXTREME_DATES)
                            : (r.nextBoolean() ? "+" : "-") + (10_000 + r.nextInt(999_989_999)) + "-01-01T00:00:00Z";
                    c.sink("extreme-time", c.variant, MAY_BE_ACCEPTED, RawRequest.get(endpoint
                            + (r.nextBoolean() ? "since=" : "until=") + encode(time)));
                }),
                new Variation(4, (c, r) -> {
                    boolean wellFormed = r.nextBoolean();
                    String cursor = wellFormed ? base64((r.nextBoolean() ? "+" : "-") + (10_000 + r.nextInt(
                            999_989_999)) + "-06-01T00:00:00Z," + Long.toHexString(r.nextLong()))
                            : Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(r,
                            HostileText.logSize(r, 1, 32 * KIB)));
                    c.sink("cursor", c.variant, wellFormed ? MAY_BE_ACCEPTED : MUST_BE_4XX,
                            RawRequest.get("/v1/articles?cursor=" + cursor));
                }),
                new Variation(6, (c, r) -> c.sink("nul-parameter", c.variant, MAY_BE_ACCEPTED, RawRequest.get(
                        HostileText.pick(r, List.of("/v1/articles?", "/v1/stream?")) + HostileText.pick(r,
                        TEXT_PARAMETERS) + "=" + encode(HostileText.paragraph(r, r.nextInt(40)) + "\u0000"
                        + HostileText.paragraph(r, r.nextInt(40)))))),
                new Variation(3, (c, r) -> c.sink("over-long-parameter", c.variant, MAY_BE_ACCEPTED, RawRequest.get(
                        "/v1/articles?" + HostileText.pick(r, TEXT_PARAMETERS) + "=" + encode(HostileText.paragraph(r,
                                HostileText.logSize(r, KIB, 48 * KIB)))))),
                new Variation(4, (c, r) -> c.sink("limit", c.variant, MUST_BE_4XX, RawRequest.get(HostileText.pick(r,
                        List.of("/v1/articles?", "/v1/entities/top?")) + "limit=" + HostileText.pick(r, List.of(
                        "9".repeat(10 + r.nextInt(400)), "-" + r.nextInt(Integer.MAX_VALUE),
                        String.valueOf(201 + r.nextInt(Integer.MAX_VALUE - 201)), "1e" + r.nextInt(99), "NaN"))))),
                new Variation(4, (c, r) -> c.sink("unknown-parameter", c.variant, MUST_BE_4XX, RawRequest.get(
                        HostileText.pick(r, QUERY_ENDPOINTS) + encode(HostileText.pick(r, List.of("foo", "Q", "LIMIT",
                        "q ", "q\u0000", "since[]", "entity.name"))) + "=1"))),
                new Variation(3, (c, r) -> c.sink("malformed-percent", c.variant, MUST_BE_4XX, RawRequest.get(
                        HostileText.pick(r, QUERY_ENDPOINTS) + "q=" + HostileText.pick(r, List.of("%", "%z", "%zz",
                        "%%", "a%2", "%G0"))))),
                new Variation(8, (c, r) -> c.sink("sql-injection", c.variant, MAY_BE_ACCEPTED, RawRequest.get(
                        HostileText.pick(r, List.of("/v1/articles?", "/v1/stream?", "/v1/stats/stance?target=x&",
                                "/v1/stats/portrayal?entity=x&")) + HostileText.pick(r, List.of("q", "entity",
                        "outlet")) + "=" + encode(HostileText.pick(r, HostileText.SQL_INJECTIONS)
                        + HostileText.pick(r, HostileText.SQL_INJECTIONS))))),
                new Variation(2, (c, r) -> c.sink("bad-id", c.variant, MUST_BE_4XX, RawRequest.get("/v1/articles/"
                        + encode(HostileText.pick(r, HostileText.SQL_INJECTIONS) + r.nextInt())))));
    }

    private static final int HOSTILE_PAGE_SHAPES = 7;

    /**
     * A page of about {@code size} bytes in one of the shapes that break extractors: nesting thousands deep, markup
     * cut off everywhere, one enormous attribute, frames and no text, only a script, thousands of one-word
     * paragraphs, or prose with odd Unicode and stray bytes.
     */
    static byte[] hostilePage(int shape, int size, Random r) {
        String words = HostileText.paragraph(r, Math.min(size, 4000));
        String page = switch (shape) {
            case 0 -> "<html><body>" + "<div><span>".repeat(size / 11) + words;
            case 1 -> {
                StringBuilder broken = new StringBuilder("<html><head><title>" + words.substring(0, Math.min(80, words.length())));
                List<String> debris = List.of("<p", "<", "&#", "&#x1F;", "<!--", "<script>", "</", "<table><tr><td>",
                        "\"'>", "<![CDATA[", "<svg><foreignObject>", "<math>", "<noscript>", words);
                while (broken.length() < size) {
                    broken.append(HostileText.pick(r, debris));
                }
                yield broken.toString();
            }
            case 2 -> "<html><body><p title=\"" + "x\u00e9".repeat(size / 3) + "\">" + words + "</p></body></html>";
            case 3 -> "<html><frameset><frame src=\"a.html\"><frame src=\"b.html\"></frameset>"
                    + "<noframes>" + "<iframe src=x></iframe>".repeat(size / 24) + "</noframes></html>";
            case 4 -> "<html><head><script>var data = \"" + HostileText.repeat("\\u0041</div>", size) + "\";</script></head><body></body></html>";
            case 5 -> "<html><body><article>" + HostileText.repeat("<p>" + HostileText.pick(r, List.of("Kyiv", "a", "\u00a0", "1")) + "</p>", size) + "</article></body></html>";
            default -> "<html><body><article><p>" + words + HostileText.oddUnicode(r) + "</p><p>"
                    + HostileText.repeat(HostileText.oddUnicode(r) + " " + words, size) + "</p></article></body></html>";
        };
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static RawRequest json(Supplier<byte[]> body) {
        return RawRequest.post(ARTICLES, "application/json", body);
    }

    private static RawRequest ndjson(Supplier<byte[]> body) {
        return RawRequest.post(ARTICLES, "application/x-ndjson", body);
    }

    private static RawRequest plain(String query) {
        return RawRequest.post(ARTICLES + query, "text/plain", () -> utf8("A plain title\nA plain article body "
                + "about talks in Kyiv, sent with odd query parameters."));
    }

    private static RawRequest chunked(Supplier<byte[]> rawChunks) {
        return json(rawChunks).noLength().header("Transfer-Encoding: chunked");
    }

    private static RawRequest withLength(int declared, Supplier<byte[]> sent) {
        return json(sent).noLength().header("Content-Length: " + declared);
    }

    private static RawRequest gzipped(Supplier<byte[]> body) {
        return json(body).header("Content-Encoding: gzip");
    }

    private static RawRequest manyHeaders(RawRequest request, int count) {
        for (int i = 0; i < count; i++) {
            request.header("X-Many-" + i + ": " + i);
        }
        return request;
    }

    private static byte[] ordinaryLines(int lines, String tag) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            out.append("{\"text\":\"Line ").append(i).append(" of batch ").append(tag).append(".\"}\n");
        }
        return utf8(out.toString());
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] flipByte(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) 0x5a;
        return copy;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(plain));
    }

    private static String endpointName(String endpoint) {
        return endpoint.substring(4, endpoint.indexOf('?')).replace('/', '-');
    }

    private static java.nio.charset.Charset charsetOf(String contentType) {
        return contentType.contains("ISO-8859-1") ? StandardCharsets.ISO_8859_1
                : contentType.contains("UTF-16") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    }
}
