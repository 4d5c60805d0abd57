package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void latinScriptLanguagesAreToldApartByTheirShortWords() {
        assertThat(guesser.guess("The council said that the bridge would reopen in the spring.")).isEqualTo("en");
        assertThat(guesser.guess("Der Rat hat gesagt, dass die Brücke im Frühling wieder geöffnet wird und nicht früher."))
                .isEqualTo("de");
        assertThat(guesser.guess("El consejo dijo que el puente se abrirá en la primavera, pero con retraso.")).isEqualTo("es");
    }

    @Test
    void otherScriptsAreToldApartByTheirLetters() {
        assertThat(guesser.guess("Совет заявил, что мост откроют весной.")).isEqualTo("ru");
        assertThat(guesser.guess("Рада заявила, що міст відкриють навесні.")).isEqualTo("uk");
        assertThat(guesser.guess("المجلس قال إن الجسر سيفتح في الربيع")).isEqualTo("ar");
    }

    @Test
    void textWithoutTellingWordsIsUndetermined() {
        assertThat(guesser.guess("")).isEqualTo(LanguageGuesser.UNDETERMINED);
        assertThat(guesser.guess("2024 — 17:30")).isEqualTo(LanguageGuesser.UNDETERMINED);
        assertThat(guesser.guess("Port Avel Kharkiv Odesa")).isEqualTo(LanguageGuesser.UNDETERMINED);
    }
}
