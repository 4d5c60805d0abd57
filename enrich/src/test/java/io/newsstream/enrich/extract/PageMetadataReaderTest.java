package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.outlet.KnownOutlet;
import io.newsstream.enrich.outlet.OutletCatalog;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageMetadataReaderTest {

    private static final String URL = "https://www.example-news.test/politics/2024/05/03/river-rises";

    private final PageMetadataReader reader = new PageMetadataReader();

    private PageMetadata read(String html) {
        return reader.read(Jsoup.parse(html, URL), URL);
    }

    @Test
    void jsonLdGraphGivesEveryFieldFollowingIdReferences() {
        PageMetadata metadata = read("""
                <html lang="en_GB"><head><title>River rises again | Example News</title>
                <link rel="canonical" href="/politics/river-rises">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "@id": "https://example-news.test/#site", "name": "Example News Site"},
                  {"@type": "Organization", "@id": "https://example-news.test/#org", "name": "Example News"},
                  {"@type": "Person", "@id": "https://example-news.test/#jane", "name": "Jane Doe"},
                  {"@type": ["NewsArticle"], "headline": "River rises again",
                   "author": [{"@id": "https://example-news.test/#jane"}, {"@type": "Person", "name": "John Roe"}],
                   "publisher": {"@id": "https://example-news.test/#org"},
                   "datePublished": "2024-05-03T23:30:00-04:00", "keywords": "river, flood",
                   "description": "The river rose for the second time this week.", "inLanguage": "en-GB"}
                ]}
                </script></head><body><h1>River rises again</h1></body></html>""");

        assertThat(metadata.title()).isEqualTo("River rises again");
        assertThat(metadata.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2024-05-04T03:30:00Z"));
        assertThat(metadata.publisher()).isEqualTo("Example News");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://www.example-news.test/politics/river-rises");
        assertThat(metadata.declaredLanguage()).isEqualTo("en-GB");
        assertThat(metadata.description()).isEqualTo("The river rose for the second time this week.");
        assertThat(metadata.keywords()).containsExactly("river", "flood");
    }

    @Test
    void nestedArticleInAnArrayWithAuthorStringAndPublisherString() {
        PageMetadata metadata = read("""
                <html><head><script type="application/ld+json">
                [{"@type": "BreadcrumbList", "itemListElement": []},
                 {"@type": "WebPage", "mainEntity": {"@type": "ReportageNewsArticle",
                   "headline": "Storm closes the coast road", "author": "By Ann Lee and Bob Stone",
                   "publisher": "Coast Courier", "datePublished": "2024-02-01"}}]
                </script></head><body></body></html>""");

        assertThat(metadata.title()).isEqualTo("Storm closes the coast road");
        assertThat(metadata.authors()).containsExactly("Ann Lee", "Bob Stone");
        assertThat(metadata.publisher()).isEqualTo("Coast Courier");
        assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2024-02-01T12:00:00Z"));
    }

    @Test
    void liveBlogAndBrokenJsonStillRead() {
        PageMetadata metadata = read("""
                <html><head><script type="application/ld+json">
                <!--
                {"@type": "LiveBlogPosting", // written by hand
                 "headline": "Election night, live",
                 "author": {"@type": "Organization", "name": "Newsroom Staff"},}
                -->
                </script></head><body></body></html>""");

        assertThat(metadata.title()).isEqualTo("Election night, live");
        assertThat(metadata.authors()).containsExactly("Newsroom Staff");
    }

    @Test
    void metaTagsServeWhenThereIsNoJsonLd() {
        PageMetadata metadata = read("""
                <html><head><title>Parking fees double - Town Herald</title>
                <meta property="og:site_name" content="Town Herald">
                <meta name="author" content="Carla Mendes">
                <meta property="article:published_time" content="2024-03-09T08:15:00+01:00">
                <meta property="og:url" content="https://townherald.test/parking">
                </head><body><h1>Parking fees double</h1></body></html>""");

        assertThat(metadata.title()).isEqualTo("Parking fees double");
        assertThat(metadata.authors()).containsExactly("Carla Mendes");
        assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2024-03-09T07:15:00Z"));
        assertThat(metadata.publisher()).isEqualTo("Town Herald");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://townherald.test/parking");
    }

    @Test
    void titleLosesBreadcrumbAndSiteNameAndTokensAreNoTitles() {
        PageMetadata crumbs = read("""
                <html><head><title>Home » World » Talks resume in the capital</title>
                <meta property="og:site_name" content="Daily Planet"></head><body></body></html>""");
        PageMetadata token = read("""
                <html><head><meta property="og:title" content="fbpx">
                <title>Daily Planet | Bridge reopens after repairs</title>
                <meta property="og:site_name" content="Daily Planet"></head><body></body></html>""");

        assertThat(crumbs.title()).isEqualTo("Talks resume in the capital");
        assertThat(token.title()).isEqualTo("Bridge reopens after repairs");
    }

    @Test
    void markedUpBylinesServeWhenMetadataNamesOnlyTheSite() {
        PageMetadata itemprop = read("""
                <html><head><meta name="author" content="Example News"></head><body>
                <span itemprop="author" itemscope><span itemprop="name">Dana Whit</span></span></body></html>""");
        PageMetadata link = read("""
                <html><body><p class="meta">by <a href="/author/eli-park/">Eli Park</a></p>
                <div class="teaser"><a href="/author/someone-else/">Someone Else</a></div></body></html>""");
        PageMetadata labelled = read("""
                <html><body><ul><li><strong>Author</strong> Mira Solberg</li></ul></body></html>""");

        assertThat(itemprop.authors()).containsExactly("Dana Whit");
        assertThat(link.authors()).containsExactly("Eli Park");
        assertThat(labelled.authors()).containsExactly("Mira Solberg");
    }

    @Test
    void aCatalogHostNamesThePublisherWhileTheTitleLosesOnlyThePagesOwnSiteName() {
        PageMetadataReader linked = new PageMetadataReader(OutletCatalog.of(List.of(new KnownOutlet("valley-radio",
                "Valley Broadcasting", List.of("VR"), List.of("valley-radio.test"), "AV"))));
        String url = "https://news.valley-radio.test/2024/river";

        PageMetadata metadata = linked.read(Jsoup.parse("""
                <html><head><meta property="og:site_name" content="VR24">
                <title>VR flood warning lifted - VR24</title></head><body></body></html>""", url), url);

        assertThat(metadata.publisher()).isEqualTo("Valley Broadcasting");
        assertThat(metadata.title()).isEqualTo("VR flood warning lifted");
    }

    @Test
    void publisherFromSiteNameThenCopyrightThenHost() {
        PageMetadata siteName = read("""
                <html><head><meta property="og:site_name" content="Valley Gazette"></head>
                <body><footer>© 2024 Valley Media Group GmbH. All rights reserved.</footer></body></html>""");
        PageMetadata copyright = read("""
                <html><body><footer><p>Copyright © 2019-2024 Valley Gazette. All rights reserved.</p>
                </footer></body></html>""");
        PageMetadata host = read("<html><body><p>Nothing names the site.</p></body></html>");

        assertThat(siteName.publisher()).isEqualTo("Valley Gazette");
        assertThat(copyright.publisher()).isEqualTo("Valley Gazette");
        assertThat(host.publisher()).isEqualTo("example-news.test");
    }

    @Test
    void legalNameAndHostGiveWayToTheBrand() {
        PageMetadata metadata = read("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "headline": "A headline",
                 "publisher": {"@type": "Organization", "name": "Harbour Press Holdings Ltd"}}
                </script><meta property="og:site_name" content="Harbour Press">
                <meta name="application-name" content="harbourpress.test"></head><body></body></html>""");

        assertThat(metadata.publisher()).isEqualTo("Harbour Press");
    }

    @Test
    void dateFromTimeElementAndThenFromTheUrl() {
        PageMetadata time = read("""
                <html><body><article><time datetime="2024-06-30T22:10:00Z">30 June</time></article></body></html>""");
        PageMetadata url = read("<html><body></body></html>");

        assertThat(time.publishedAt()).isEqualTo(Instant.parse("2024-06-30T22:10:00Z"));
        assertThat(url.publishedAt()).isEqualTo(Instant.parse("2024-05-03T12:00:00Z"));
    }

    @Test
    void emptyPageGivesNullsNotErrors() {
        PageMetadata metadata = reader.read(Jsoup.parse(""), null);

        assertThat(metadata.title()).isNull();
        assertThat(metadata.authors()).isEmpty();
        assertThat(metadata.publishedAt()).isNull();
        assertThat(metadata.publisher()).isNull();
        assertThat(metadata.keywords()).isEmpty();
    }

    @Test
    void languageTagsAreNormalised() {
        assertThat(PageMetadataReader.languageTag("de_at")).isEqualTo("de-AT");
        assertThat(PageMetadataReader.languageTag("EN")).isEqualTo("en");
        assertThat(PageMetadataReader.languageTag("zh-Hans-CN")).isEqualTo("zh-Hans");
        assertThat(PageMetadataReader.languageTag("utf-8")).isNull();
    }
}
