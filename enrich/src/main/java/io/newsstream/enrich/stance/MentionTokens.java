package io.newsstream.enrich.stance;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The article's name mentions by token: which mention starts or ends at a token, and people by surname. */
final class MentionTokens {

    private final List<NameMention> mentions;
    private final int[] ending;
    private final int[] starting;
    /**
     * People by the last word of their name, for surnames the entity finder did not link (headlines); made on first
     * use, since few articles need it and it costs a string per mention.
     */
    private Map<String, String> bySurname;

    MentionTokens(Tokens tokens, List<NameMention> mentions) {
        this.mentions = mentions;
        this.ending = new int[tokens.size()];
        this.starting = new int[tokens.size()];
        Arrays.fill(ending, -1);
        Arrays.fill(starting, -1);
        for (int m = 0; m < mentions.size(); m++) {
            NameMention mention = mentions.get(m);
            int first = tokens.firstAtOrAfter(mention.start());
            int last = tokens.firstAtOrAfter(mention.end()) - 1;
            if (first <= last && first < tokens.size()) {
                starting[first] = m;
                ending[last] = m;
            }
        }
    }

    /** Every mention, in order of start. */
    List<NameMention> all() {
        return mentions;
    }

    /** The mention whose first token this is, or null. */
    NameMention startingAt(int token) {
        return starting[token] >= 0 ? mentions.get(starting[token]) : null;
    }

    /** The mention whose last token this is, or null. */
    NameMention endingAt(int token) {
        return ending[token] >= 0 ? mentions.get(ending[token]) : null;
    }

    /** Whether one mention spans exactly tokens {@code [first, last]}. */
    boolean spans(int first, int last) {
        return starting[first] >= 0 && ending[last] == starting[first];
    }

    /** The full name of the person named with this surname (lower case), or null. */
    String personBySurname(String surname) {
        if (bySurname == null) {
            bySurname = new HashMap<>();
            for (NameMention mention : mentions) {
                if (mention.person()) {
                    String name = mention.name();
                    bySurname.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return bySurname.get(surname);
    }
}
