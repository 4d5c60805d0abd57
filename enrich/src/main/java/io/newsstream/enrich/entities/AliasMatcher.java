package io.newsstream.enrich.entities;

import io.newsstream.enrich.text.AhoCorasick;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every knowledge-base name in a text in one pass over it, with an Aho-Corasick automaton of all spellings.
 * Longer spellings win, so "Washington Post" beats "Washington" and "Antony Blinken" beats "Blinken".
 */
final class AliasMatcher {

    private static final int MIN_TITLE_CASE_ACRONYM = 4;

    private final AhoCorasick<KnowledgeEntry> automaton;

    AliasMatcher(KnowledgeBase knowledgeBase) {
        Map<String, KnowledgeEntry> entryBySurface = new HashMap<>();
        for (KnowledgeEntry entry : knowledgeBase.entries()) {
            for (String surface : entry.surfaceForms()) {
                entryBySurface.put(surface, entry);
            }
        }
        for (KnowledgeEntry entry : knowledgeBase.entries()) {
            for (String surface : entry.surfaceForms()) {
                // Some style guides write acronyms they pronounce as words in title case (Nato); short ones (US, UN)
                // would collide with ordinary words (Us, Un), so only longer acronyms get the variant.
                if (isAcronym(surface) && surface.length() >= MIN_TITLE_CASE_ACRONYM) {
                    entryBySurface.putIfAbsent(surface.charAt(0) + surface.substring(1).toLowerCase(Locale.ROOT), entry);
                }
            }
        }
        automaton = new AhoCorasick<>(entryBySurface);
    }

    private static boolean isAcronym(String surface) {
        return surface.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (AhoCorasick.Match<KnowledgeEntry> match : automaton.find(text)) {
            if (match.end() < text.length() && text.charAt(match.end()) == '$') {
                continue; // "US$2 billion", "A$": a currency, not the country
            }
            KnowledgeEntry entry = match.value();
            mentions.add(new Mention(entry.id(), entry.name(), entry.type(), text.substring(match.start(), match.end()),
                    match.start(), match.end()));
        }
        return mentions;
    }
}
