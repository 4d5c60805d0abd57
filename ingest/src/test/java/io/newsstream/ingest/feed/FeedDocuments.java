package io.newsstream.ingest.feed;

/** Invented feeds and pages for the tests. */
final class FeedDocuments {

    private FeedDocuments() {
    }

    static String rss(String title, String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                  <channel>
                    <title>%s</title>
                    <link>https://harbour-gazette.example/</link>
                    <description>Local news from the harbour town</description>
                    %s
                  </channel>
                </rss>
                """.formatted(title, String.join("\n", items));
    }

    static String rssItem(String link, String title, String description, String pubDate) {
        return """
                <item>
                  <title>%s</title>
                  <link>%s</link>
                  <guid>%s</guid>
                  <description><![CDATA[%s]]></description>
                  <pubDate>%s</pubDate>
                </item>
                """.formatted(title, link, link, description, pubDate);
    }

    static final String FERRY_ITEM = """
            <item>
              <title>Night ferry returns &amp; timetable grows</title>
              <link>https://harbour-gazette.example/2025/03/night-ferry</link>
              <guid isPermaLink="false">ferry-2025-03</guid>
              <description>The night ferry is back.</description>
              <content:encoded><![CDATA[<p>The night ferry to Gull Island returns on Friday.</p><p>The harbour office said the
              crossing will run <b>twice</b> each night&nbsp;until October.</p><script>track()</script>]]></content:encoded>
              <pubDate>Mon, 03 Mar 2025 06:30:00 GMT</pubDate>
            </item>
            """;

    static final String MARKET_ITEM = rssItem("https://harbour-gazette.example/2025/03/fish-market",
            "Fish market moves indoors", "<p>The Saturday fish market moves into the old rope works.</p>",
            "Sun, 02 Mar 2025 17:00:00 GMT");

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Valley Courier</title>
              <id>urn:uuid:8a1c0f5e-valley-courier</id>
              <updated>2025-04-10T08:00:00Z</updated>
              <entry>
                <title type="html">Orchard growers &lt;em&gt;expect&lt;/em&gt; early bloom</title>
                <link rel="alternate" href="https://valley-courier.example/orchards/early-bloom"/>
                <id>urn:uuid:entry-early-bloom</id>
                <published>2025-04-09T21:15:00+02:00</published>
                <updated>2025-04-10T07:00:00Z</updated>
                <summary>Growers expect blossoms two weeks early.</summary>
                <content type="html">&lt;p&gt;Growers in the upper valley expect blossoms two weeks early.&lt;/p&gt;&lt;p&gt;Frost remains the main worry.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    static final String ARTICLE_PAGE = """
            <!DOCTYPE html>
            <html><head><title>Library reopens</title><script>var ads = 1;</script></head>
            <body>
              <header><nav><a href="/">Home</a> <a href="/sport">Sport</a> <p>Subscribe to our newsletter for daily updates from the town.</p></nav></header>
              <article>
                <h1>Library reopens after flood repairs</h1>
                <div class="body">
                  <p>The town library on Mill Lane reopened on Tuesday after eight months of repairs following the winter flood.</p>
                  <p>Volunteers moved forty thousand books back onto new shelves raised half a metre above the old floor level.</p>
                  <p>The reading room now stays open until nine in the evening on weekdays, the council said.</p>
                </div>
              </article>
              <aside><p>Most read: a very long list of other stories that are not part of this article at all.</p></aside>
              <footer><p>Copyright the Harbour Gazette, all rights reserved, reproduced nowhere.</p></footer>
            </body></html>
            """;
}
