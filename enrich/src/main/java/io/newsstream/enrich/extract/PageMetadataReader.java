package io.newsstream.enrich.extract;

import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.enrich.outlet.OutletCatalog;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article page's metadata (title, authors, date, publisher, canonical address, declared language,
 * description, keywords) from the evidence the page itself gives, most structured first: JSON-LD, then meta tags
 * (Open Graph, {@code article:*}, Dublin Core and common publishing-system names), then marked-up elements, then the
 * visible page. The publisher is the outlet catalog's name when the host or the page's name links to a catalog outlet
 * (see {@link PublisherChooser}); the URL's host names it only when nothing else does. Safe to share between threads.
 */
public final class PageMetadataReader {

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|-)");
    /** A language, then subtags of two to eight characters: "utf-8" or "text/html" are not language tags. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile(
            "([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?(?:[-_][a-zA-Z0-9]{2,8})*");
    private static final int MAX_KEYWORDS = 50;

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final AuthorNames authorNames = new AuthorNames();
    private final DateParser dates = new DateParser();
    private final TitleCleaner titles = new TitleCleaner();
    private final TitleChooser headlines = new TitleChooser();
    private final MarkedBylines bylines = new MarkedBylines();
    private final CopyrightNotice copyright = new CopyrightNotice();
    private final PublisherChooser publishers;

    /** A reader that links publishers to the bundled knowledge base's outlets. */
    public PageMetadataReader() {
        this(OutletCatalog.of(KnowledgeBase.bundled().outlets()));
    }

    /** A reader that links publishers to {@code outlets} (the catalog the outlet step uses). */
    public PageMetadataReader(OutletCatalog outlets) {
        this.publishers = new PublisherChooser(outlets);
    }

    /** The page's metadata; {@code url} (where the page was fetched, may be null) is the last resort for names. */
    public PageMetadata read(Document page, String url) {
        JsonLdFacts facts = jsonLd.read(page, url);
        MetaTags meta = MetaTags.of(page);
        String pageName = publishers.pageName(publisherNames(page, facts, meta));
        String publisher = publishers.publisher(pageName, host(url));
        // The page's own names, not the catalog's: a short catalog name ("BR") would cut real words from titles.
        SiteNames site = new SiteNames(Arrays.asList(pageName, facts.publisher(), facts.siteName(),
                meta.first("og:site_name"), meta.first("application-name"), host(url)));
        return new PageMetadata(
                title(page, facts, meta, site),
                authors(page, facts, meta, site),
                publishedAt(page, facts, meta, url),
                publisher,
                canonicalUrl(page, facts, meta),
                language(page, facts, meta),
                firstText(meta.first("og:description", "description", "twitter:description", "dc.description"),
                        facts.description()),
                keywords(facts, meta));
    }

    private String title(Document page, JsonLdFacts facts, MetaTags meta, SiteNames siteNames) {
        Element h1 = page.selectFirst("h1");
        List<String> candidates = new ArrayList<>();
        candidates.add(facts.headline());
        candidates.add(meta.first("og:title"));
        candidates.add(meta.first("twitter:title"));
        candidates.add(meta.first("dc.title", "parsely-title", "sailthru.title", "headline", "title"));
        candidates.add(page.title());
        candidates.add(h1 == null ? null : h1.text());
        List<String> cleaned = new ArrayList<>();
        for (String candidate : candidates) {
            cleaned.add(titles.clean(candidate, siteNames));
        }
        return headlines.choose(cleaned);
    }

    /**
     * Structured bylines first; a byline that only names the site itself ("Example News", "example.com") gives way to
     * the names the page marks up in its body, and stays when the body names no one else.
     */
    private List<String> authors(Document page, JsonLdFacts facts, MetaTags meta, SiteNames site) {
        List<String> names = authorNames.clean(facts.authors());
        if (names.isEmpty()) {
            List<String> tagged = new ArrayList<>();
            for (String value : meta.all("author", "article:author", "parsely-author", "sailthru.author",
                    "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "og:article:author",
                    "twitter:misc:written by", "twitter:misc:verfasst von", "twitter:misc:geschrieben von",
                    "twitter:misc:escrito por", "twitter:misc:écrit par", "twitter:misc:autor")) {
                if (!value.contains("://")) {
                    tagged.add(value);
                }
            }
            names = authorNames.clean(tagged);
        }
        if (names.isEmpty()) {
            return bylines.names(page, authorNames);
        }
        if (names.stream().allMatch(site::matches)) {
            List<String> marked = bylines.names(page, authorNames);
            // A person's full name beats the site's own name; initials ("red", "amw") do not.
            if (marked.stream().anyMatch(name -> !site.matches(name) && AuthorNames.isFullName(name))) {
                return marked;
            }
        }
        return names;
    }

    private Instant publishedAt(Document page, JsonLdFacts facts, MetaTags meta, String url) {
        List<String> evidence = new ArrayList<>();
        evidence.add(facts.datePublished());
        evidence.addAll(meta.all("article:published_time", "og:article:published_time", "datepublished",
                "article.published", "publishdate", "publish-date", "publish_date", "pubdate", "date",
                "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
                "parsely-pub-date", "sailthru.date", "article:published", "published_time", "publication_date",
                "originalpublicationdate", "cxenseparse:recs:publishtime", "og:published_time", "release_date"));
        for (Element time : page.select("time[itemprop~=(?i)datePublished], time[pubdate], time[datetime]")) {
            evidence.add(time.attr("datetime"));
        }
        for (Element time : page.select("[itemprop~=(?i)datePublished]")) {
            evidence.add(time.hasAttr("content") ? time.attr("content") : time.text());
        }
        evidence.add(facts.dateModified());
        evidence.addAll(meta.all("article:modified_time", "og:updated_time", "datemodified", "last-modified"));
        for (String value : evidence) {
            Instant instant = dates.parse(value);
            if (instant != null) {
                return instant;
            }
        }
        Matcher inUrl = url == null ? null : URL_DATE.matcher(url);
        return inUrl != null && inUrl.find()
                ? dates.parse(inUrl.group(1) + "-" + inUrl.group(2) + "-" + inUrl.group(3))
                : null;
    }

    /** The names the page gives its publisher, most trusted first. */
    private List<String> publisherNames(Document page, JsonLdFacts facts, MetaTags meta) {
        List<String> named = new ArrayList<>(Arrays.asList(facts.publisher(), meta.first("og:site_name"),
                facts.siteName()));
        named.addAll(meta.all("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher",
                "dcterms.publisher"));
        // The copyright line is a walk through the page: asked only where the names above are missing or disagree.
        if (named.stream().filter(Objects::nonNull).map(SiteNames::key).distinct().count() != 1) {
            named.add(copyright.owner(page));
        }
        return named;
    }

    private static String canonicalUrl(Document page, JsonLdFacts facts, MetaTags meta) {
        Element canonical = page.selectFirst("link[rel~=(?i)^canonical$][href]");
        String address = canonical == null ? null : canonical.absUrl("href");
        return firstText(address, meta.first("og:url"), facts.url());
    }

    private static String language(Document page, JsonLdFacts facts, MetaTags meta) {
        Element html = page.selectFirst("html[lang]");
        for (String declared : new String[] {html == null ? null : html.attr("lang"),
                meta.first("content-language", "dc.language", "language"), facts.language(),
                meta.first("og:locale")}) {
            String tag = languageTag(declared);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** "de_AT", "DE-at" and "de-AT-1996" all become "de-AT"; values that are no language tag become null. */
    static String languageTag(String declared) {
        if (declared == null) {
            return null;
        }
        Matcher tag = LANGUAGE_TAG.matcher(declared.strip().split("[,;\\s]")[0]);
        if (!tag.matches()) {
            return null;
        }
        String language = tag.group(1).toLowerCase(Locale.ROOT);
        String region = tag.group(2);
        if (region == null) {
            return language;
        }
        return language + "-" + (region.length() == 2 ? region.toUpperCase(Locale.ROOT) : region);
    }

    private static List<String> keywords(JsonLdFacts facts, MetaTags meta) {
        Set<String> keywords = new LinkedHashSet<>(facts.keywords());
        for (String value : meta.all("keywords", "news_keywords", "article:tag", "parsely-tags", "sailthru.tags")) {
            for (String keyword : value.split("[,;]")) {
                if (!keyword.isBlank()) {
                    keywords.add(keyword.strip());
                }
            }
        }
        return keywords.stream().limit(MAX_KEYWORDS).toList();
    }

    /** The host without "www.", the publisher's name of last resort. */
    static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstText(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.replaceAll("[\\s\\u00A0]+", " ").strip();
            }
        }
        return null;
    }
}
