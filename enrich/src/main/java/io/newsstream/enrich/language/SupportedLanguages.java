package io.newsstream.enrich.language;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The languages newsstream detects, in one place: each BCP 47 primary tag with the code of OpenNLP's langdetect-183
 * model (ISO 639-3) that stands for it.
 *
 * <p>Why these: every language of the news-pages data (German, English, Japanese, Spanish, French, Turkish, Korean,
 * Czech, isiZulu, Danish, Italian, Norwegian, Polish, Dutch, Chinese, Hindi, Arabic, Russian, Swedish), the ones issue
 * 12 names (Portuguese, Ukrainian, Bulgarian, Greek, Hungarian, Romanian, Finnish) and the other national languages of
 * Europe and the large news languages the model knows well. Why not all 103 of the model: it also knows close
 * neighbours of these (Swiss and Low German, Luxembourgish, Limburgish, Frisian, Galician, Asturian, Occitan, Bosnian,
 * Malay and others) that sometimes win on text in the standard language; such a text gets {@code und} here, an honest
 * "unsure" where a wrong neighbour would mislead. isiXhosa is not in the model at all, so it cannot be detected (its
 * text reads as isiZulu), only kept when a page declares it.
 */
public final class SupportedLanguages {

    /** Tag to model code, in order of how often newsstream meets the language. */
    private static final Map<String, String> MODEL_CODES = new LinkedHashMap<>();

    static {
        // In the news-pages data.
        MODEL_CODES.put("en", "eng");
        MODEL_CODES.put("de", "deu");
        MODEL_CODES.put("es", "spa");
        MODEL_CODES.put("fr", "fra");
        MODEL_CODES.put("it", "ita");
        MODEL_CODES.put("nl", "nld");
        MODEL_CODES.put("pl", "pol");
        MODEL_CODES.put("cs", "ces");
        MODEL_CODES.put("tr", "tur");
        MODEL_CODES.put("ja", "jpn");
        MODEL_CODES.put("ko", "kor");
        MODEL_CODES.put("zh", "cmn");
        MODEL_CODES.put("ru", "rus");
        MODEL_CODES.put("ar", "ara");
        MODEL_CODES.put("da", "dan");
        MODEL_CODES.put("sv", "swe");
        MODEL_CODES.put("nb", "nob");
        MODEL_CODES.put("hi", "hin");
        MODEL_CODES.put("zu", "zul");
        // Named by issue 12.
        MODEL_CODES.put("pt", "por");
        MODEL_CODES.put("uk", "ukr");
        MODEL_CODES.put("bg", "bul");
        MODEL_CODES.put("el", "ell");
        MODEL_CODES.put("hu", "hun");
        MODEL_CODES.put("ro", "ron");
        MODEL_CODES.put("fi", "fin");
        // Norway's second written standard, which its public broadcaster also publishes in.
        MODEL_CODES.put("nn", "nno");
        // The other national languages of Europe the model knows.
        MODEL_CODES.put("sk", "slk");
        MODEL_CODES.put("sl", "slv");
        MODEL_CODES.put("hr", "hrv");
        MODEL_CODES.put("sr", "srp");
        MODEL_CODES.put("et", "ekk");
        MODEL_CODES.put("lv", "lvs");
        MODEL_CODES.put("lt", "lit");
        MODEL_CODES.put("ca", "cat");
        // Large news languages elsewhere.
        MODEL_CODES.put("he", "heb");
        MODEL_CODES.put("fa", "pes");
        MODEL_CODES.put("id", "ind");
        MODEL_CODES.put("vi", "vie");
        MODEL_CODES.put("th", "tha");
        MODEL_CODES.put("ur", "urd");
        MODEL_CODES.put("bn", "ben");
        MODEL_CODES.put("sw", "swa");
        MODEL_CODES.put("af", "afr");
    }

    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        MODEL_CODES.forEach((tag, code) -> TAGS.put(code, tag));
        // The model knows Persian twice: as the macrolanguage and as Iranian Persian.
        TAGS.put("fas", "fa");
    }

    private SupportedLanguages() {
    }

    /** Every supported primary tag. */
    public static Set<String> tags() {
        return MODEL_CODES.keySet();
    }

    public static boolean isSupported(String primaryTag) {
        return MODEL_CODES.containsKey(primaryTag);
    }

    /** The model's code for a supported primary tag. */
    static String modelCode(String primaryTag) {
        return MODEL_CODES.get(primaryTag);
    }

    /** The primary tag for one of the model's codes, if that language is supported. */
    static Optional<String> tagOf(String modelCode) {
        return Optional.ofNullable(TAGS.get(modelCode));
    }
}
