package io.newsstream.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns bylines as pages write them into author names: drops "By" and its equivalents, roles, e-mail addresses and
 * links, splits "A and B" and "A, B", and refuses what cannot be a name (a sentence, a headline, a bare number).
 */
final class AuthorNames {

    /** "By", "Von", "Por", "Par", "Di", "Door", "Av", "Af", "Autor:" and the like in front of a byline. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|reported|text|story|photos?|words)\\s+)?(?:by|von|vom|por|par|di|door|av|af|od|"
                    + "autor(?:in|en)?|author|authors|text|texte|escrito por|écrit par|geschrieben von|yazar)"
                    + "\\s*[:|]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "A and B" in the languages of the pages we see; bare "&", ";", "|" and commas split as well. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:[,;|&/]\\s+|\\s(?:and|und|y|e|et|en|og|och|i|ve|a|és|ja)\\s|\\s*[;|&]\\s*"
                    + "|\\s+[·•]\\s+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Korean, Japanese and Chinese bylines put the role after the name: "홍길동 기자", "山田太郎記者". */
    private static final Pattern TRAILING_ROLE = Pattern.compile("\\s*(?:기자|특파원|記者|特派員|编辑)$");
    /** A date run into the byline: "Jane Doe Monday, November 18, 04:05 pm", "Jane Doe, on December 30". */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "(?i)[\\s,]+(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|"
                    + "june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|"
                    + "oktober|dezember|desember|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?[\\s,]"
                    + ".*\\d.*$");
    /** A profile slug ("jane-doe") stands in for a name where a page prints none. */
    private static final Pattern SLUG = Pattern.compile("\\p{Ll}+(?:-\\p{Ll}+)+");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\w+");
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern DECORATION = Pattern.compile("^[\\s\\-–—:,.•·|©]+|[\\s\\-–—:,•·|]+$");
    /** A role after a name: ", Staff Writer", " - Correspondent", "(Reporter)". */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "writer", "writers", "reporter", "reporters",
            "correspondent", "editor", "editors", "senior", "chief", "deputy", "associate", "contributor",
            "contributing", "columnist", "journalist", "photographer", "producer", "news", "political", "business",
            "sports", "foreign", "special", "freelance", "redakteur", "redakteurin", "korrespondent",
            "korrespondentin", "autor", "autorin", "for", "the", "in", "at", "desk", "international", "science",
            "health", "technology", "tech", "and", "de", "rédacteur", "rédactrice", "redactor", "redactora",
            "periodista", "journaliste", "envoyé", "envoyée", "spécial", "spéciale", "editorial", "team",
            "admin", "administrator", "guest", "gast", "anonymous", "unknown", "user", "redaktion");
    private static final int MAX_WORDS = 5;
    private static final int MAX_CHARS = 60;

    /** The names in {@code bylines}, cleaned, split and without repeats (first spelling kept). */
    List<String> clean(List<String> bylines) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String byline : bylines) {
            for (String name : split(byline)) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(names.values());
    }

    private List<String> split(String byline) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        String text = byline.replaceAll("\\([^)]*\\)?", " ");
        text = LINK.matcher(EMAIL.matcher(text).replaceAll(" ")).replaceAll(" ").replaceAll("[\\s\\u00A0]+", " ")
                .strip();
        text = TRAILING_DATE.matcher(LEAD.matcher(text).replaceFirst("")).replaceFirst("");
        for (String part : SEPARATORS.split(text)) {
            String name = DECORATION.matcher(LEAD.matcher(part.strip()).replaceFirst("")).replaceAll("");
            name = TRAILING_ROLE.matcher(name).replaceFirst("");
            if (isName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Two words or more, or a name in a script written without spaces (Chinese, Japanese, Korean). */
    static boolean isFullName(String name) {
        return name.strip().contains(" ") || name.codePoints().anyMatch(c -> Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) && name.length() >= 2;
    }

    private static boolean isName(String name) {
        if (SLUG.matcher(name).matches() || name.length() < 2 || name.length() > MAX_CHARS
                || !name.codePoints().anyMatch(Character::isLetter)) {
            return false;
        }
        String[] words = name.split(" ");
        if (words.length > MAX_WORDS || name.matches(".*\\p{L}{5,}[.!?]\\s.*") || name.matches(".*\\d{3,}.*")) {
            return false;
        }
        for (String word : words) {
            if (!ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
