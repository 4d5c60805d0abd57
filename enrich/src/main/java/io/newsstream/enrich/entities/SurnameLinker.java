package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links a bare surname to the person the article names in full: once "Jane Holloway" appears, "Holloway" elsewhere in
 * the same article is her too. A surname shared by two people named in the article stays unlinked.
 */
final class SurnameLinker {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}\\p{N}])\\p{Lu}\\p{L}+(?![\\p{L}\\p{N}])");
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr.", "Sr.", "II", "III");
    private static final int MIN_SURNAME_LENGTH = 3;

    /** Mentions of surnames of people already found, outside the spans of {@code found}. */
    List<Mention> link(String text, List<Mention> found) {
        Map<String, Mention> personBySurname = surnamesOfNamedPeople(found);
        MentionIndex taken = new MentionIndex(found);
        List<Mention> linked = new ArrayList<>();
        Matcher matcher = CAPITALISED_WORD.matcher(text);
        while (matcher.find()) {
            Mention person = personBySurname.get(matcher.group());
            int start = matcher.start();
            int end = matcher.end();
            if (person != null && !taken.overlaps(start, end)) {
                linked.add(new Mention(person.id(), person.name(), EntityType.PERSON, matcher.group(), start, end));
            }
        }
        return linked;
    }

    /** Surname to person, for people mentioned with at least two words; ambiguous surnames are left out. */
    private static Map<String, Mention> surnamesOfNamedPeople(List<Mention> found) {
        Map<String, Mention> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Mention mention : found) {
            if (mention.type() != EntityType.PERSON || !mention.surface().contains(" ")) {
                continue;
            }
            for (String written : List.of(mention.surface(), mention.name())) {
                String surname = surname(written);
                if (surname.length() < MIN_SURNAME_LENGTH) {
                    continue;
                }
                Mention previous = bySurname.putIfAbsent(surname, mention);
                if (previous != null && !previous.id().equals(mention.id())) {
                    ambiguous.add(surname);
                }
            }
        }
        ambiguous.forEach(bySurname::remove);
        return bySurname;
    }

    private static String surname(String fullName) {
        String[] words = SPACES.split(fullName);
        int last = words.length - 1;
        while (last > 0 && NAME_SUFFIXES.contains(words[last])) {
            last--;
        }
        return words[last];
    }
}
