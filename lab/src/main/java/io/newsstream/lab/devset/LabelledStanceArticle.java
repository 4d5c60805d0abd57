package io.newsstream.lab.devset;

import java.util.List;

/**
 * One article of the stance development set with its gold stances (the format of {@code devset/stance-articles.jsonl}).
 */
public record LabelledStanceArticle(String id, String url, String outletHint, String text, Gold gold) {

    /** The gold labels: one stance per target the article discusses; none when it discusses no target. */
    public record Gold(List<GoldStance> stances) {

        public Gold {
            stances = stances == null ? List.of() : List.copyOf(stances);
        }
    }

    /** The article's own stance toward a target, and the stances of the named speakers who address it. */
    public record GoldStance(String target, String label, List<GoldSpeaker> speakers) {

        public GoldStance {
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
        }
    }

    /** A speaker by canonical name, with their label. */
    public record GoldSpeaker(String entity, String label) {
    }
}
