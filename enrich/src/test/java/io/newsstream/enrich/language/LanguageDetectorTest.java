package io.newsstream.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.bundled();

    @Test
    void sentencesGetTheirLanguage() {
        assertThat(detector.detect("The council said on Tuesday that the old bridge over the river would reopen in the "
                + "spring, once the repairs to its pillars are finished.")).isEqualTo("en");
        assertThat(detector.detect("Der Stadtrat hat am Dienstag gesagt, dass die alte Brücke über den Fluss im "
                + "Frühling wieder geöffnet wird, sobald die Pfeiler repariert sind.")).isEqualTo("de");
        assertThat(detector.detect("El ayuntamiento dijo el martes que el viejo puente sobre el río volverá a abrir en "
                + "primavera, cuando terminen las reparaciones de sus pilares.")).isEqualTo("es");
    }

    @Test
    void languagesTheOldGuesserConfusedAreToldApart() {
        assertThat(detector.detect("Rada miasta powiedziała we wtorek, że stary most na rzece zostanie ponownie "
                + "otwarty wiosną, gdy zakończą się naprawy filarów.")).isEqualTo("pl");
        assertThat(detector.detect("Общинският съвет заяви във вторник, че старият мост над реката ще бъде отворен "
                + "отново през пролетта, след като ремонтът на стълбовете приключи.")).isEqualTo("bg");
        assertThat(detector.detect("Городской совет заявил во вторник, что старый мост через реку откроют снова "
                + "весной, когда закончится ремонт опор.")).isEqualTo("ru");
        assertThat(detector.detect("Міська рада заявила у вівторок, що старий міст через річку знову відкриють "
                + "навесні, коли завершиться ремонт опор.")).isEqualTo("uk");
    }

    @Test
    void otherScriptsGetTheirLanguage() {
        assertThat(detector.detect("市議会は火曜日、川に架かる古い橋が春に再び開通すると発表した。橋脚の修理が終わり次第だという。"))
                .isEqualTo("ja");
        assertThat(detector.detect("市议会周二表示，河上的旧桥将在春季重新开放，届时桥墩的维修工程将会完成。")).isEqualTo("zh");
        assertThat(detector.detect("시의회는 화요일 강 위의 오래된 다리가 교각 수리가 끝나는 봄에 다시 개통될 것이라고 밝혔다."))
                .isEqualTo("ko");
        assertThat(detector.detect("قال المجلس البلدي يوم الثلاثاء إن الجسر القديم فوق النهر سيعاد فتحه في الربيع بعد "
                + "انتهاء إصلاح دعاماته.")).isEqualTo("ar");
    }

    @Test
    void tooShortOrLanguagelessTextIsUndetermined() {
        assertThat(detector.detect(null)).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("Hello")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("2024 — 17:30")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("Port Avel Kharkiv Odesa")).isEqualTo(LanguageDetector.UNDETERMINED);
        assertThat(detector.detect("ok ok ok ok ok ok")).isEqualTo(LanguageDetector.UNDETERMINED);
    }

    @Test
    void mixedTextGetsTheLanguageOfMostOfIt() {
        String text = "The mayor told reporters: \"Wir schaffen das.\" The council agreed with her, and the bridge "
                + "over the river will open again in the spring, after the repairs to its pillars are done.";
        assertThat(detector.detect(text)).isEqualTo("en");
    }

    @Test
    void onlyTheBeginningOfAnEnormousTextIsRead() {
        String english = "The council said that the bridge over the river would reopen in the spring. ";
        String german = "Der Rat sagte, dass die Brücke über den Fluss im Frühling wieder geöffnet wird. ";
        String text = english.repeat(LanguageDetector.SAMPLE_CHARS / english.length() + 1) + german.repeat(50_000);
        assertThat(detector.detect(text)).isEqualTo("en");
    }

    @Test
    void confirmKeepsADeclarationTheTextAgreesWith() {
        String english = "The council said on Tuesday that the old bridge over the river would reopen in the spring.";
        assertThat(detector.confirm("en", english)).isEqualTo("en");
        assertThat(detector.confirm("en-us", english)).isEqualTo("en-US");
        assertThat(detector.confirm("en_GB", english)).isEqualTo("en-GB");
        assertThat(detector.confirm(" EN ", english)).isEqualTo("en");
    }

    @Test
    void confirmReplacesATemplateDefaultTheTextContradicts() {
        String polish = "Rada miasta powiedziała we wtorek, że stary most na rzece zostanie ponownie otwarty wiosną.";
        assertThat(detector.confirm("en-US", polish)).isEqualTo("pl");
    }

    @Test
    void confirmKeepsTheDeclarationWhenTheTextCannotTell() {
        assertThat(detector.confirm("fr", "Donald Trump")).isEqualTo("fr");
        assertThat(detector.confirm("de-AT", "")).isEqualTo("de-AT");
    }

    @Test
    void confirmKeepsALanguageTheDetectorDoesNotKnow() {
        // isiXhosa is not in the model; its text reads as isiZulu, which must not overrule the page.
        String text = "Umphathiswa uthe ibhulorho endala phezu komlambo izakuvulwa kwakhona entwasahlobo.";
        assertThat(detector.confirm("xh", text)).isEqualTo("xh");
    }

    @Test
    void confirmNamesTheWrittenStandardOfDeclaredNorwegian() {
        String bokmal = "Kommunestyret sa tirsdag at den gamle brua over elva åpner igjen til våren, når "
                + "reparasjonene av pilarene er ferdige.";
        assertThat(detector.confirm("no", bokmal)).isEqualTo("nb");
        assertThat(detector.confirm("no-NO", bokmal)).isEqualTo("nb-NO");
        assertThat(detector.confirm("nb-NO", bokmal)).isEqualTo("nb-NO");
    }

    @Test
    void confirmWithoutAUsableDeclarationDetects() {
        String german = "Der Stadtrat hat am Dienstag gesagt, dass die alte Brücke im Frühling wieder geöffnet wird.";
        assertThat(detector.confirm(null, german)).isEqualTo("de");
        assertThat(detector.confirm("", german)).isEqualTo("de");
        assertThat(detector.confirm("not a tag!", german)).isEqualTo("de");
    }

    @Test
    void everySupportedLanguageIsOneTheModelKnows() {
        assertThat(SupportedLanguages.tags()).allSatisfy(tag -> {
            assertThat(detector.modelLanguages()).contains(SupportedLanguages.modelCode(tag));
            assertThat(SupportedLanguages.tagOf(SupportedLanguages.modelCode(tag))).contains(tag);
        });
    }
}
