package io.newsstream.deploy.prove.hostile;

import java.util.List;
import java.util.Random;

/** Builds the odd texts both generators share: long paragraphs, quote chains, crowds of names, strange Unicode. */
final class HostileText {

    static final int KIB = 1024;
    static final int MIB = 1024 * KIB;

    /** Dates a Java parser may read but PostgreSQL cannot store, and some it cannot read at all. */
    static final List<String> EXTREME_DATES = List.of(
            "+999999999-12-31T23:59:59-18:00",
            "-999999999-01-01T00:00:00+18:00",
            "0000-01-01",
            "0000-01-01T00:00:00Z",
            "-4714-11-24T00:00:00Z",
            "-4714-11-23",
            "+294277-01-01T00:00:00Z",
            "+294276-12-31T23:59:59Z",
            "+10000-01-01T00:00:00Z",
            "1969-12-31T23:59:59.999999999Z",
            "2024-02-29T24:00:00Z");

    /** Strings classic SQL injection and full-text query syntax are made of. */
    static final List<String> SQL_INJECTIONS = List.of(
            "' OR '1'='1", "'; DROP TABLE articles; --", "\" OR 1=1 --", "1) OR (1=1", "%' AND 1=0 UNION SELECT "
                    + "version() --", "$$; SELECT pg_sleep(10); $$", "\\'; SELECT 1; --", "' || pg_sleep(5) || '",
            "\"\"\"", "-", "or or or", "!!!", "a:*", "&|!()", "'", "\\", "<->", "*/ /*", "%_%");

    private static final String[] WORDS = ("the minister said talks would resume in the capital next week while "
            + "officials in the region warned that the ceasefire remained fragile and aid convoys waited at the border "
            + "crossing for a second day as negotiators met behind closed doors").split(" ");

    private static final String[] FIRST = {"Jane", "John", "Elsa", "Hal", "Amira", "Oleksandr", "Mei", "Kwame",
            "Sofia", "Dmytro", "Ines", "Rahul", "Björn", "Zoë", "José"};
    private static final String[] LAST = {"Doe", "Roe", "Varga", "Brenner", "Haddad", "Kovalenko", "Lin", "Mensah",
            "García", "Shevchenko", "Ó Briain", "Nguyễn", "Müller-Lüdenscheidt", "O'Neil", "van der Berg"};

    /** Odd but legal Unicode: RTL and bidi overrides, combining marks, emoji sequences, zero-width, astral, controls. */
    static final List<String> ODD_UNICODE = List.of(
            "\u0645\u0641\u0627\u0648\u0636\u0627\u062a \u0627\u0644\u0633\u0644\u0627\u0645 \u05e9\u05dc\u05d5\u05dd",
            "\u202eevil\u202c \u2066isolate\u2069 \u200fRLM\u200e",
            "Z\u0351\u0357\u0300\u0301a\u0489\u0334\u0337l\u0338\u035cg\u0322\u0327o\u0360\u0361 t\u0307\u0308e\u0303xt",
            "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d\udc66 \ud83c\uddfa\ud83c\udde6 \ud83d\udc4d\ud83c\udffd",
            "zero\u200bwidth\u200cjoin\u200dnon\ufeffbreak\u2060word",
            "tab\tcarriage\rreturn\u000bvtab\u000cfeed\u0085nel\u2028line\u2029para",
            "\ud835\udc00\ud835\udc01 \ud800\udf00\ud800\udf01 \udbff\udfff astral",
            "<script>alert('x')</script><img src=x onerror=alert(1)>&amp;&lt;&#0;",
            "\uff26\uff55\uff4c\uff4c\uff57\uff49\uff44\uff54\uff48 \u3000ideographic\u3000space",
            "private \ue000\uf8ff and non-characters \ufdd0\ufffe\uffff",
            "\u0000nul\u0001soh\u007fdel",
            "Ελληνικά Кириллица 中文 日本語 한국어 ไทย हिन्दी");

    private HostileText() {
    }

    /** One paragraph of about {@code chars} characters: words and sentences, no line break. */
    static String paragraph(Random random, int chars) {
        StringBuilder out = new StringBuilder(chars + 32);
        while (out.length() < chars) {
            int words = 8 + random.nextInt(20);
            for (int i = 0; i < words; i++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
            }
            out.setCharAt(out.length() - 1, '.');
            out.append(' ');
        }
        out.setLength(chars);
        return out.toString();
    }

    /** {@code "...," he said. "..." she said.} repeated to about {@code chars} characters. */
    static String quoteChain(Random random, int chars) {
        StringBuilder out = new StringBuilder(chars + 128);
        String[] speakers = {"he said", "she said", "said " + name(random), name(random) + " told reporters"};
        while (out.length() < chars) {
            out.append('"').append(paragraph(random, 20 + random.nextInt(60)).strip()).append(",\" ")
                    .append(speakers[random.nextInt(speakers.length)]).append(". ");
        }
        return out.toString();
    }

    static String name(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** A sentence naming {@code count} people, so entity extraction meets a crowd. */
    static String names(Random random, int count) {
        StringBuilder out = new StringBuilder("Present were ");
        for (int i = 0; i < count; i++) {
            out.append(name(random)).append(i + 1 < count ? ", " : ".");
        }
        return out.toString();
    }

    static String urls(Random random, int count) {
        StringBuilder out = new StringBuilder("Sources: ");
        for (int i = 0; i < count; i++) {
            out.append("https://outlet").append(random.nextInt(1000)).append(".example/story/").append(i).append(' ');
        }
        return out.toString();
    }

    /** {@code unit} repeated to exactly {@code chars} characters (cut on a surrogate pair boundary). */
    static String repeat(String unit, int chars) {
        StringBuilder out = new StringBuilder(chars + unit.length());
        while (out.length() < chars) {
            out.append(unit);
        }
        out.setLength(chars);
        if (chars > 0 && Character.isHighSurrogate(out.charAt(chars - 1))) {
            out.setCharAt(chars - 1, 'x');
        }
        return out.toString();
    }

    static String oddUnicode(Random random) {
        return ODD_UNICODE.get(random.nextInt(ODD_UNICODE.size()));
    }

    /** A size between {@code min} and {@code max}, spread evenly over orders of magnitude. */
    static int logSize(Random random, int min, int max) {
        double exponent = Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min));
        return (int) Math.min(max, Math.max(min, Math.round(Math.exp(exponent))));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
