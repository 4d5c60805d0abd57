package io.newsstream.deploy.prove.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import io.newsstream.deploy.prove.hostile.HostileRequest.Service;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class HostileRequestsTest {

    private static final Target INGEST = new Target("127.0.0.1", 18080);
    private static final Target SINK = new Target("127.0.0.1", 18082);
    /** Kinds whose framing is broken on purpose. */
    private static final Set<String> BROKEN_FRAMING = Set.of("chunked-framing", "short-body", "bad-content-length",
            "bad-request-line");

    @Test
    void sameSeedGivesTheSameRequestsByteForByte() {
        int count = HostileRequests.fixedCount() + 200;
        List<HostileRequest> first = HostileRequests.generate(42, count, INGEST, SINK);
        List<HostileRequest> second = HostileRequests.generate(42, count, INGEST, SINK);

        assertThat(first).hasSize(count);
        assertThat(second).extracting(HostileRequest::name).isEqualTo(first.stream().map(HostileRequest::name).toList());
        for (int i = 0; i < count; i++) {
            assertThat(digest(second.get(i).bytes())).as(first.get(i).name()).isEqualTo(digest(first.get(i).bytes()));
        }
    }

    @Test
    void anotherSeedVariesTheRandomPart() {
        int fixed = HostileRequests.fixedCount();
        List<String> seven = HostileRequests.generate(7, fixed + 100, INGEST, SINK).subList(fixed, fixed + 100)
                .stream().map(r -> r.kind() + digest(r.bytes())).toList();
        List<String> eight = HostileRequests.generate(8, fixed + 100, INGEST, SINK).subList(fixed, fixed + 100)
                .stream().map(r -> r.kind() + digest(r.bytes())).toList();
        assertThat(seven).isNotEqualTo(eight);
    }

    @Test
    void namesAreUniqueAndEachServiceGetsItsTarget() {
        List<HostileRequest> requests = HostileRequests.generate(1, 3000, INGEST, SINK);
        assertThat(requests).extracting(HostileRequest::name).doesNotHaveDuplicates();
        assertThat(requests).allSatisfy(r -> assertThat(r.target()).isEqualTo(r.service() == Service.INGEST
                ? INGEST : SINK));
        assertThat(requests).extracting(HostileRequest::service).contains(Service.INGEST, Service.SINK);
    }

    @Test
    void everyKnownFindingIsAFixedCase() {
        List<HostileRequest> fixed = HostileRequests.generate(3, HostileRequests.fixedCount(), INGEST, SINK);
        List<String> names = fixed.stream().map(HostileRequest::name).toList();

        assertThat(names).contains("ingest.content-type.';'", "ingest.content-type.''", "ingest.content-type.missing",
                "ingest.content-type.'text/plain; charset=utf-99'", "ingest.chunked-framing.size-'zz'",
                "ingest.chunked-framing.size-'FFFFFFFFFFFFFFFFFFFF'", "ingest.short-body.1000-declared-10-sent",
                "ingest.gzip-bomb.2gib-application/json", "ingest.invalid-gzip.random-bytes",
                "ingest.deep-nesting.array-1m", "ingest.invalid-utf8.json-0", "ingest.huge-headers.1mib",
                "ingest.many-headers.10000", "ingest.ndjson-too-many.1001-lines", "ingest.ndjson-mixed.good-and-bad",
                "sink.extreme-time.articles-since-+999999999-12-31T23:59:59Z",
                "sink.extreme-time.articles-until--999999999-01-01T00:00:00Z",
                "sink.bad-time.articles-since-0000-00-00", "sink.limit.articles-'99999999999999999999'",
                "sink.limit.entities-top-'99999999999999999999'", "sink.unknown-parameter.articles",
                "sink.nul-parameter.articles-q", "sink.nul-parameter.articles-entity",
                "sink.nul-parameter.articles-outlet", "sink.over-long-parameter.articles-q-1mib",
                "sink.cursor.garbage-" + Integer.toHexString("!!!".hashCode()),
                // every fixed article goes too, as application/json
                "article.huge-field.title-3mib", "article.extreme-date.+999999999-12-31T23:59:59-18:00",
                "article.wrong-type.text-12345");
        assertThat(fixed).filteredOn(r -> r.kind().equals("sql-injection")).hasSizeGreaterThan(50);
        assertThat(text(byName(fixed, "sink.nul-parameter.articles-q"))).startsWith("GET /v1/articles?q=a%00b ");
        assertThat(text(byName(fixed, "ingest.content-type.';'"))).contains("\r\nContent-Type: ;\r\n");
        assertThat(text(byName(fixed, "ingest.chunked-framing.size-'zz'")))
                .contains("Transfer-Encoding: chunked\r\n").doesNotContain("Content-Length").contains("\r\n\r\nzz\r\n");
        String ndjson = text(byName(fixed, "ingest.ndjson-too-many.1001-lines"));
        assertThat(ndjson.substring(ndjson.indexOf("\r\n\r\n") + 4).lines().count()).isEqualTo(1001);
        assertThat(byName(fixed, "ingest.short-body.1000-declared-10-sent").halfClose()).isTrue();
    }

    @Test
    void theGzipBombIsSmallAndExpandsFarBeyondTheRequestLimit() throws Exception {
        byte[] bomb = GzipBomb.of(2);
        assertThat(bomb.length).isLessThan(300_000);
        long expanded = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bomb))) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                expanded += n;
            }
        }
        assertThat(expanded).isEqualTo(2 * GzipBomb.MEMBER_EXPANDS_TO);
        HostileRequest fixedBomb = byName(HostileRequests.generate(3, HostileRequests.fixedCount(), INGEST, SINK),
                "ingest.gzip-bomb.2gib-application/json");
        assertThat(fixedBomb.bytes().length).isLessThan(3_000_000);
        assertThat(fixedBomb.expectation()).isEqualTo(Expectation.MUST_BE_4XX);
    }

    @Test
    void requestsMeantToBeWellFramedAreWellFormedHttp() {
        for (HostileRequest request : HostileRequests.generate(5, HostileRequests.fixedCount() + 300, INGEST, SINK)) {
            if (BROKEN_FRAMING.contains(request.kind())) {
                continue;
            }
            byte[] bytes = request.bytes();
            String all = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = all.indexOf("\r\n\r\n");
            assertThat(end).as(request.name()).isPositive();
            List<String> head = all.substring(0, end).lines().toList();
            assertThat(head.get(0)).as(request.name()).matches("[A-Z]+ /\\S* HTTP/1\\.1");
            assertThat(head).as(request.name()).contains("Host: " + request.target().authority(), "Connection: close");
            assertThat(head.subList(1, head.size())).as(request.name())
                    .allSatisfy(h -> assertThat(h).matches("[A-Za-z0-9-]+: .*"));
            int bodyLength = bytes.length - end - 4;
            if (bodyLength > 0 || head.stream().anyMatch(h -> h.startsWith("Content-Length:"))) {
                assertThat(head).as(request.name()).contains("Content-Length: " + bodyLength);
            }
        }
    }

    private static HostileRequest byName(List<HostileRequest> requests, String name) {
        return requests.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String text(HostileRequest request) {
        return new String(request.bytes(), StandardCharsets.ISO_8859_1);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
