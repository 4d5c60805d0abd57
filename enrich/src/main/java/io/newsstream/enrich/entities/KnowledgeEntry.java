package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * One entity of the knowledge base.
 *
 * @param aliases other spellings; the canonical name is not repeated here
 */
public record KnowledgeEntry(String id, EntityType type, String name, List<String> aliases) {

    public KnowledgeEntry {
        aliases = List.copyOf(aliases);
    }

    /** Every spelling that names this entity: the canonical name first, then the aliases. */
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(aliases);
        return forms;
    }
}
