package io.newsstream.lab.devset;

import java.util.List;

/**
 * One article of a development set with its gold labels (the format of {@code devset/articles.jsonl}).
 *
 * @param gold what a careful annotator found in it
 */
public record LabelledArticle(String id, String url, String outletHint, String text, Gold gold) {

    /** The gold labels: entities by canonical name and type, and the outlets by name (null when none). */
    public record Gold(String publisher, String source, List<String> cited, List<GoldEntity> entities) {

        public Gold {
            cited = cited == null ? List.of() : List.copyOf(cited);
            entities = entities == null ? List.of() : List.copyOf(entities);
        }
    }

    /** A gold entity: canonical name and type (PERSON, ORG, LOCATION). */
    public record GoldEntity(String name, String type) {
    }
}
