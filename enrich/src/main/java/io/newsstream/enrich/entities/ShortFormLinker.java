package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a short form to the organisation the article names in full: once "The Washington Post" or "the European
 * Commission" appears, "the Post" or "the Commission" is that organisation, but only when exactly one organisation
 * of the article ends with that word. In US copy "the Senate" and "the House" are the US chambers even when the
 * article never writes their full names.
 */
final class ShortFormLinker {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** "the Post", "The Commission": a capitalised head word after "the", not followed by more of a longer name. */
    private static final Pattern THE_HEAD = Pattern.compile(
            "(?=[Tt])(?<![\\p{L}\\p{N}])[Tt]he\\s+(?<head>\\p{Lu}\\p{L}+)(?![\\p{L}\\p{N}]|\\s+\\p{Lu}|\\s+of\\s+\\p{Lu})");
    /** "Senate Minority Leader", "House Republicans": a chamber as the modifier of its leaders and members. */
    private static final Pattern CHAMBER_MODIFIER = Pattern.compile(
            "(?=[SH])(?<![\\p{L}\\p{N}])(?<head>Senate|House)(?=\\s+(?:Speaker|Majority|Minority|Republicans|Democrats)\\b)");
    private static final Map<String, String> US_CHAMBERS = Map.of("Senate", "us-senate", "House", "us-house");
    private static final String US = "US";

    private final Map<String, KnowledgeEntry> entriesById = new HashMap<>();

    ShortFormLinker(KnowledgeBase knowledgeBase) {
        knowledgeBase.entries().forEach(entry -> entriesById.put(entry.id(), entry));
    }

    /** Mentions of short forms of organisations already found, outside the spans of {@code found}. */
    List<Mention> link(String text, List<Mention> found) {
        Map<String, Mention> byHead = organisationsByHead(found);
        boolean usCopy = found.stream().anyMatch(this::isAmerican);
        MentionIndex taken = new MentionIndex(found);
        List<Mention> linked = new ArrayList<>();
        for (Pattern pattern : List.of(THE_HEAD, CHAMBER_MODIFIER)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String head = matcher.group("head");
                int start = matcher.start("head");
                int end = matcher.end("head");
                if (taken.overlaps(start, end)) {
                    continue;
                }
                // In US copy "the House" is the chamber, even beside "the White House".
                Optional<Mention> organisation = (usCopy ? chamber(head) : Optional.<Mention>empty())
                        .or(() -> Optional.ofNullable(byHead.get(head)));
                organisation.ifPresent(org -> linked.add(new Mention(org.id(), org.name(), EntityType.ORG, head, start, end)));
            }
        }
        return linked;
    }

    /** Head word ("Post") to the one organisation of the article whose name ends with it; shared heads left out. */
    private static Map<String, Mention> organisationsByHead(List<Mention> found) {
        Map<String, Mention> byHead = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention mention : found) {
            if (mention.type() != EntityType.ORG) {
                continue;
            }
            String[] words = SPACES.split(mention.name());
            if (words.length < 2) {
                continue;
            }
            String head = words[words.length - 1];
            Mention previous = byHead.putIfAbsent(head, mention);
            if (previous != null && !previous.id().equals(mention.id())) {
                ambiguous.add(head);
            }
        }
        ambiguous.forEach(byHead::remove);
        return byHead;
    }

    private boolean isAmerican(Mention mention) {
        KnowledgeEntry entry = entriesById.get(mention.id());
        return entry != null && (US.equals(entry.country()) || "united-states".equals(entry.id()));
    }

    private Optional<Mention> chamber(String head) {
        return Optional.ofNullable(US_CHAMBERS.get(head)).map(entriesById::get)
                .map(entry -> new Mention(entry.id(), entry.name(), entry.type(), head, 0, 0));
    }
}
