package io.newsstream.lab.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.TaggedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings names labelled under CoNLL's conventions (Stanford CoreNLP's CRF) to Universal NER's, which the gold
 * training sentences and the held-out test follow: a person's title is no part of the name ("Pope Francis" names
 * "Francis"), a regnal number is ("Henry I"), a hyphenated name the labeller's tokeniser split is one name
 * ("Haute-Garonne"), and the department in a post's name is no organisation ("Secretary of State"). Universal NER
 * also makes a place qualified by its region one name ("Plano, Texas"); that is not followed, as it cost the entity
 * step both places on real pages (decision 0012).
 */
public final class SilverConventions {

    /** Lower case, without a final dot. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "pope", "king", "queen", "prince",
            "princess", "emperor", "empress", "tsar", "czar", "sultan", "sheikh", "president", "general", "gen",
            "senator", "sen", "rep", "gov", "governor", "mayor", "judge", "justice", "minister", "chancellor",
            "premier", "professor", "prof", "rev", "bishop", "archbishop", "cardinal", "saint", "st", "captain", "capt",
            "colonel", "col", "lt", "sgt", "coach", "chairman", "ceo", "secretary", "ambassador", "commissioner",
            "detective");
    /** A post named by its department: the word after it is part of the post ("Secretary of State"). */
    private static final Pattern POST_OF =
            Pattern.compile("\\b(?:Secretary|Minister|Secretaries|Ministers) of (?:the )?$");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("(?: [IVX]{1,4}|,? [JS]r\\.?)(?!\\w)");

    private SilverConventions() {
    }

    public static LabelledSentence apply(LabelledSentence sentence) {
        String text = sentence.text();
        List<TaggedSpan> names = new ArrayList<>();
        for (TaggedSpan name : sentence.names()) {
            if (name.type() == EntityType.ORG && name.text().indexOf(' ') < 0
                    && POST_OF.matcher(text.substring(Math.max(0, name.start() - 30), name.start())).find()) {
                continue;
            }
            TaggedSpan last = names.isEmpty() ? null : names.get(names.size() - 1);
            if (last != null && last.type() == name.type() && text.substring(last.end(), name.start()).equals("-")) {
                names.set(names.size() - 1, span(text, name.type(), last.start(), name.end()));
            } else {
                names.add(name);
            }
        }
        List<TaggedSpan> converted = new ArrayList<>(names.size());
        for (TaggedSpan name : names) {
            converted.add(name.type() == EntityType.PERSON ? person(text, name) : name);
        }
        return new LabelledSentence(text, converted);
    }

    private static TaggedSpan person(String text, TaggedSpan name) {
        int start = name.start();
        int end = name.end();
        while (true) {
            int space = text.indexOf(' ', start);
            if (space < 0 || space >= end) {
                break;
            }
            String word = text.substring(start, space).toLowerCase(Locale.ROOT);
            if (!TITLES.contains(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)) {
                break;
            }
            start = space + 1;
        }
        var number = REGNAL_NUMBER.matcher(text).region(end, text.length());
        if (number.lookingAt()) {
            end = number.end();
        }
        return start == name.start() && end == name.end() ? name : span(text, EntityType.PERSON, start, end);
    }

    private static TaggedSpan span(String text, EntityType type, int start, int end) {
        return new TaggedSpan(type, start, end, text.substring(start, end));
    }
}
