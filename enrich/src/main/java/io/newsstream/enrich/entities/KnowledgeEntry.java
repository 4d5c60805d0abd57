package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity of the knowledge base.
 *
 * @param aliases other spellings; the canonical name is not repeated here
 * @param country ISO 3166 two-letter code of the entity's country, or null
 * @param kind the file's kind or role column (e.g. "city", "party", "Prime Minister of X"), or null
 */
public record KnowledgeEntry(String id, EntityType type, String name, List<String> aliases, String country, String kind) {

    public KnowledgeEntry {
        aliases = List.copyOf(aliases);
    }

    public KnowledgeEntry(String id, EntityType type, String name, List<String> aliases) {
        this(id, type, name, aliases, null, null);
    }

    /** Every spelling that names this entity: the canonical name first, then the aliases. */
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        for (String alias : aliases) {
            if (!forms.contains(alias)) {
                forms.add(alias);
            }
        }
        return forms;
    }
}
