package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.contracts.Contracts;
import io.newsstream.core.json.Json;
import io.newsstream.sink.export.ArticleExport;
import io.newsstream.sink.export.ExportHandler;
import io.newsstream.sink.query.ArticleQuery;
import io.newsstream.sink.query.PortrayalStats;
import io.newsstream.sink.query.StanceStats;
import io.newsstream.sink.query.StoryByIdHandler;
import io.newsstream.sink.query.StoryQueries;
import io.newsstream.sink.query.TopEntities;
import io.newsstream.sink.query.VolumeStats;
import io.newsstream.sink.stream.StreamHandler;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query parameters the sink's OpenAPI document declares are exactly those its handlers accept. */
class DocumentedParametersTest {

    @Test
    void everyEndpointDocumentsExactlyTheQueryParametersItAccepts() throws Exception {
        JsonNode paths = Json.mapper().readTree(Contracts.openApi("sink").orElseThrow()).path("paths");
        Map<String, Set<String>> accepted = Map.of(
                SinkRoutes.ARTICLES, ArticleQuery.PARAMETERS,
                ExportHandler.PATH, ArticleExport.PARAMETERS,
                StreamHandler.PATH, StreamHandler.PARAMETERS,
                SinkRoutes.VOLUME_STATS, VolumeStats.PARAMETERS,
                SinkRoutes.STANCE_STATS, StanceStats.PARAMETERS,
                SinkRoutes.PORTRAYAL_STATS, PortrayalStats.PARAMETERS,
                SinkRoutes.TOP_ENTITIES, TopEntities.PARAMETERS,
                SinkRoutes.STORIES, StoryQueries.PARAMETERS,
                StoryByIdHandler.PATH + "{id}", StoryQueries.STORY_PARAMETERS);

        accepted.forEach((path, names) -> {
            Set<String> documented = new HashSet<>();
            paths.path(path).path("get").path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("query")) {
                    documented.add(parameter.path("name").asText());
                }
            });
            assertThat(documented).as(path).containsExactlyInAnyOrderElementsOf(names);
        });
    }
}
