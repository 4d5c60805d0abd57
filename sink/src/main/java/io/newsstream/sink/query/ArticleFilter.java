package io.newsstream.sink.query;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an article must have to be listed or streamed: the filters shared by {@code /v1/articles} (as SQL, see
 * {@link ArticleQuerySql}) and {@code /v1/stream} (in Java, {@link #matches}). Null fields do not filter.
 *
 * @param entity an entity id or canonical name (names match case-insensitively)
 * @param outlet an outlet id or name (names match case-insensitively), in any role unless {@code outletRole}
 * @param outletRole {@code publisher}, {@code source} or {@code cited}
 * @param stance only with a target: the article's label toward it
 * @param q full-text search in the database; in the live stream, every word of it must occur in the title or body
 * @param language a BCP 47 tag; {@code de} also matches {@code de-AT} (case-insensitively); the search {@code q}
 *                 then uses that language's stemming
 * @param author a byline name, as written
 * @param channel how the article arrived
 * @param feed the URL of the feed it came from, as ingest recorded it
 * @param duplicateOf only the near-duplicate copies of this article (not the article itself)
 * @param storyId only the articles of this story cluster (an article without one is its own story)
 * @param originalsOnly leave out every copy (an article whose {@code duplicateOf} is set), so each near-duplicate
 *                      group appears once, through its first article: {@code unique=true} on lists and the stream,
 *                      {@code count=originals} on statistics (see decision 0014)
 */
public record ArticleFilter(String entity, String outlet, String outletRole, String target, StanceLabel stance,
                            String q, String language, String author, Channel channel, String feed,
                            String duplicateOf, String storyId, boolean originalsOnly) {

    static final String UNIQUE = "unique";
    private static final Set<String> BOOLEANS = Set.of("true", "false");

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null);
    /** The query parameters this filter is read from. */
    public static final Set<String> PARAMETERS = Set.of("entity", "outlet", "outletRole", "target", "stance", "q",
            "language", "author", "channel", "feed", "duplicateOf", "storyId", UNIQUE);

    static final Set<String> ROLES = Set.of("publisher", "source", "cited");
    private static final Set<String> LABELS = Set.of("FAVOR", "AGAINST", "NEUTRAL");
    private static final Set<String> CHANNELS =
            Arrays.stream(Channel.values()).map(Channel::wireName).collect(Collectors.toUnmodifiableSet());
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public ArticleFilter {
        if (stance != null && target == null) {
            throw new IllegalArgumentException("stance requires a target");
        }
    }

    /** A filter on what enrichment found, whatever the article's language, author or provenance. */
    public ArticleFilter(String entity, String outlet, String outletRole, String target, StanceLabel stance, String q) {
        this(entity, outlet, outletRole, target, stance, q, null, null, null, null, null, null, false);
    }

    /** This filter, leaving out copies or not. */
    public ArticleFilter originalsOnly(boolean originals) {
        return new ArticleFilter(entity, outlet, outletRole, target, stance, q, language, author, channel, feed,
                duplicateOf, storyId, originals);
    }

    /** Reads the filter parameters; a stance needs a target, an outlet role needs an outlet. */
    public static ArticleFilter from(QueryParameters parameters) throws BadParameterException {
        Optional<String> outlet = parameters.string("outlet");
        Optional<String> role = parameters.oneOf("outletRole", ROLES);
        Optional<String> target = parameters.string("target");
        Optional<String> stance = parameters.oneOf("stance", LABELS);
        if (stance.isPresent() && target.isEmpty()) {
            throw new BadParameterException("stance", "stance requires target: a stance is always toward a target");
        }
        if (role.isPresent() && outlet.isEmpty()) {
            throw new BadParameterException("outletRole", "outletRole requires outlet");
        }
        Optional<String> language = parameters.string("language");
        if (language.isPresent() && !LANGUAGE_TAG.matcher(language.get()).matches()) {
            throw new BadParameterException("language", "language must be a BCP 47 tag such as en or pt-BR, got '"
                    + QueryParameters.shortened(language.get()) + "'");
        }
        return new ArticleFilter(parameters.string("entity").orElse(null), outlet.orElse(null), role.orElse(null),
                target.orElse(null), stance.map(StanceLabel::valueOf).orElse(null),
                parameters.string("q").orElse(null), language.orElse(null), parameters.string("author").orElse(null),
                parameters.oneOf("channel", CHANNELS).map(Channel::fromWireName).orElse(null),
                parameters.string("feed").orElse(null), parameters.string("duplicateOf").orElse(null),
                parameters.string("storyId").orElse(null),
                parameters.oneOf(UNIQUE, BOOLEANS).map(Boolean::parseBoolean).orElse(false));
    }

    /** The same decision the database query makes, except {@code q}, matched as plain words (see above). */
    public boolean matches(EnrichedArticle article) {
        return (entity == null || mentions(article))
                && (outlet == null || fromOutlet(article))
                && (target == null || hasStance(article))
                && (q == null || containsWords(article))
                && (language == null || inLanguage(article.language()))
                && (author == null || article.authors().contains(author))
                && (channel == null || channel == article.channel())
                && (feed == null || feed.equals(article.feed()))
                && (duplicateOf == null || duplicateOf.equals(article.duplicateOf()))
                && (storyId == null || storyId.equals(storyOf(article)))
                && !(originalsOnly && article.duplicateOf() != null);
    }

    // As the V6 migration's story_id column: an article enrich put in no story is its own.
    private static String storyOf(EnrichedArticle article) {
        return article.storyId() != null ? article.storyId() : article.id();
    }

    private boolean inLanguage(String tag) {
        return tag != null && (tag.equalsIgnoreCase(language)
                || tag.toLowerCase(Locale.ROOT).startsWith(language.toLowerCase(Locale.ROOT) + "-"));
    }

    private boolean mentions(EnrichedArticle article) {
        for (Entity candidate : article.entities()) {
            if (entity.equals(candidate.id()) || entity.equalsIgnoreCase(candidate.name())) {
                return true;
            }
        }
        return false;
    }

    private boolean fromOutlet(EnrichedArticle article) {
        OutletAttribution attribution = article.outlet();
        List<Outlet> candidates = new ArrayList<>();
        if (outletRole == null || outletRole.equals("publisher")) {
            candidates.add(attribution.publisher());
        }
        if (outletRole == null || outletRole.equals("source")) {
            candidates.add(attribution.source());
        }
        if (outletRole == null || outletRole.equals("cited")) {
            candidates.addAll(attribution.cited());
        }
        for (Outlet candidate : candidates) {
            if (candidate != null && (outlet.equals(candidate.id()) || outlet.equalsIgnoreCase(candidate.name()))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasStance(EnrichedArticle article) {
        for (Stance candidate : article.stances()) {
            if (target.equals(candidate.target()) && (stance == null || stance == candidate.label())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsWords(EnrichedArticle article) {
        String text = ((article.title() == null ? "" : article.title()) + "\n" + article.body()).toLowerCase(Locale.ROOT);
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .allMatch(text::contains);
    }
}
