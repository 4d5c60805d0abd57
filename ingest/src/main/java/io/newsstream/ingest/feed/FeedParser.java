package io.newsstream.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/** Reads RSS (0.9x, 1.0, 2.0) and Atom documents with Rome. */
public final class FeedParser {

    /** Thrown for a document that is not a feed Rome can read. */
    public static final class UnreadableFeedException extends Exception {
        UnreadableFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param contentType the response's Content-Type, which may name the charset; null if unknown
     * @throws UnreadableFeedException with a one-line reason
     */
    public ParsedFeed parse(byte[] document, String contentType) throws UnreadableFeedException {
        SyndFeed feed;
        // Lenient: servers often send text/xml or a wrong charset; the XML prolog and BOM are trusted first.
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(document), true)
                : new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new UnreadableFeedException("unparsable feed: " + firstLine(e.getMessage()), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(new FeedItem(link(entry), blankToNull(entry.getTitle()), content(entry), date(entry)));
        }
        return new ParsedFeed(blankToNull(feed.getTitle()), items);
    }

    /** The item's page: its link, else an http(s) guid or Atom id (RSS guids are often the permalink). */
    private static String link(SyndEntry entry) {
        String link = blankToNull(entry.getLink());
        if (link != null) {
            return link;
        }
        String uri = blankToNull(entry.getUri());
        return uri != null && uri.toLowerCase(Locale.ROOT).startsWith("http") ? uri : null;
    }

    /** The fullest text the item carries: content:encoded or Atom content first, the description or summary else. */
    private static String content(SyndEntry entry) {
        StringBuilder contents = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                contents.append(contents.length() == 0 ? "" : "\n").append(content.getValue());
            }
        }
        if (contents.length() > 0) {
            return contents.toString();
        }
        SyndContent description = entry.getDescription();
        return description == null ? null : blankToNull(description.getValue());
    }

    private static Instant date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a feed";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
