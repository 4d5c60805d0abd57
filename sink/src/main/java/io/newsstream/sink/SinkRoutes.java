package io.newsstream.sink;

import com.sun.net.httpserver.HttpHandler;
import io.newsstream.sink.export.ArticleExport;
import io.newsstream.sink.export.ExportHandler;
import io.newsstream.sink.query.ArticleByIdHandler;
import io.newsstream.sink.query.ArticleQuery;
import io.newsstream.sink.query.ArticleSearch;
import io.newsstream.sink.query.JsonQueryHandler;
import io.newsstream.sink.query.PortrayalStats;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.query.StanceStats;
import io.newsstream.sink.query.StoryByIdHandler;
import io.newsstream.sink.query.StoryQueries;
import io.newsstream.sink.query.TopEntities;
import io.newsstream.sink.query.VolumeStats;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.stream.LiveFeed;
import io.newsstream.sink.stream.StreamHandler;
import io.newsstream.sink.web.PageHandler;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/** The sink's HTTP API and web page: every path it serves and the handler behind it. */
public final class SinkRoutes {

    public static final String ARTICLES = "/v1/articles";
    public static final String STANCE_STATS = "/v1/stats/stance";
    public static final String PORTRAYAL_STATS = "/v1/stats/portrayal";
    public static final String TOP_ENTITIES = "/v1/entities/top";
    public static final String VOLUME_STATS = "/v1/stats/volume";
    public static final String STORIES = "/v1/stories";

    private SinkRoutes() {
    }

    /**
     * The web page's files. They hold no data, and a browser cannot send a bearer token when it opens a page, so
     * they are served without one; the page sends the token with each API call.
     */
    public static Map<String, HttpHandler> page() {
        PageHandler page = new PageHandler();
        return Map.of(PageHandler.PAGE, page, PageHandler.ASSETS, page);
    }

    public static Map<String, HttpHandler> all(DataSource dataSource, ArticleStore store, LiveFeed feed,
                                               QueryMetrics metrics, Duration heartbeat) {
        ArticleSearch search = new ArticleSearch(dataSource);
        StanceStats stanceStats = new StanceStats(dataSource);
        PortrayalStats portrayalStats = new PortrayalStats(dataSource);
        TopEntities topEntities = new TopEntities(dataSource);
        VolumeStats volumeStats = new VolumeStats(dataSource);
        StoryQueries stories = new StoryQueries(dataSource);
        // The JDK server picks the longest matching prefix, so /v1/articles/{id} still reaches its own handler.
        return Map.of(
                ArticleByIdHandler.PATH, new ArticleByIdHandler(store),
                ExportHandler.PATH, new ExportHandler(new ArticleExport(dataSource), metrics),
                VOLUME_STATS, new JsonQueryHandler(VOLUME_STATS, "stats_volume", VolumeStats.PARAMETERS, metrics,
                        volumeStats::answer),
                ARTICLES, new JsonQueryHandler(ARTICLES, "articles", ArticleQuery.PARAMETERS, metrics,
                        parameters -> search.page(ArticleQuery.from(parameters))),
                STANCE_STATS, new JsonQueryHandler(STANCE_STATS, "stats_stance", StanceStats.PARAMETERS, metrics,
                        stanceStats::answer),
                PORTRAYAL_STATS, new JsonQueryHandler(PORTRAYAL_STATS, "stats_portrayal", PortrayalStats.PARAMETERS,
                        metrics, portrayalStats::answer),
                TOP_ENTITIES, new JsonQueryHandler(TOP_ENTITIES, "entities_top", TopEntities.PARAMETERS, metrics,
                        topEntities::answer),
                StreamHandler.PATH, new StreamHandler(feed, search, metrics, heartbeat),
                STORIES, new JsonQueryHandler(STORIES, "stories", StoryQueries.PARAMETERS, metrics, stories::list),
                StoryByIdHandler.PATH, new StoryByIdHandler(stories));
    }
}
