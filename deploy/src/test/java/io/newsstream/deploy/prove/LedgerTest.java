package io.newsstream.deploy.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void everyAcceptedArticleStoredOnceBalances() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("a", "b"));
        for (String id : List.of("a", "b")) {
            ledger.rawRecord(id);
            ledger.enrichedRecord(id);
            ledger.stored(id);
        }

        assertThat(ledger.tally()).isEqualTo(new Ledger.Tally(2, 2, 2, 0, 0, 0));
        assertThat(ledger.missing()).isZero();
    }

    @Test
    void lostIsAcceptedMinusStoredMinusDeadLettered() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("stored", "dead", "lost"));
        ledger.stored("stored");
        ledger.deadLetter("dead");

        Ledger.Tally tally = ledger.tally();

        assertThat(tally.stored()).isEqualTo(1);
        assertThat(tally.deadLettered()).isEqualTo(1);
        assertThat(tally.lost()).isEqualTo(1);
        assertThat(ledger.missing()).isEqualTo(1);
    }

    @Test
    void storedArticleAlsoDeadLetteredCountsAsStoredOnly() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("a"));
        ledger.deadLetter("a");
        ledger.stored("a");

        assertThat(ledger.tally()).isEqualTo(new Ledger.Tally(1, 0, 1, 0, 0, 0));
    }

    @Test
    void resentArticleEnrichedTwiceIsNoDuplicate() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("a", "a"));
        ledger.rawRecord("a");
        ledger.rawRecord("a");
        ledger.enrichedRecord("a");
        ledger.enrichedRecord("a");
        ledger.stored("a");

        assertThat(ledger.tally().accepted()).isEqualTo(1);
        assertThat(ledger.tally().duplicates()).isZero();
    }

    @Test
    void enrichedRecordBeyondItsRawRecordsIsADuplicate() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("a"));
        ledger.rawRecord("a");
        ledger.enrichedRecord("a");
        ledger.enrichedRecord("a");
        ledger.enrichedRecord("a");

        assertThat(ledger.tally().duplicates()).isEqualTo(2);
    }

    @Test
    void recordsOfIdsTheCaseDidNotAcceptAreNotCounted() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("mine"));
        ledger.enrichedRecord("other");
        ledger.enrichedRecord("other");
        ledger.stored("other");
        ledger.deadLetter("other");

        assertThat(ledger.tally()).isEqualTo(new Ledger.Tally(1, 0, 0, 0, 0, 1));
    }

    @Test
    void onlyEnrichedAndUnconfirmedIdsAreWorthAskingTheSinkAbout() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("waiting", "confirmed", "not-enriched"));
        ledger.enrichedRecord("waiting");
        ledger.enrichedRecord("confirmed");
        ledger.stored("confirmed");

        assertThat(ledger.enrichedNotStored()).containsExactly("waiting");
    }

    @Test
    void progressGrowsWithEveryStage() {
        Ledger ledger = new Ledger();
        long before = ledger.progress();
        ledger.accepted(List.of("a"));
        long accepted = ledger.progress();
        ledger.enrichedRecord("a");
        long enriched = ledger.progress();
        ledger.stored("a");

        assertThat(List.of(before, accepted, enriched, ledger.progress())).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void forgettingStoredMakesEveryArticleMissingAgain() {
        Ledger ledger = new Ledger();
        ledger.accepted(List.of("a"));
        ledger.stored("a");
        ledger.forgetStored();

        assertThat(ledger.missing()).isEqualTo(1);
        assertThat(ledger.tally().lost()).isEqualTo(1);
    }
}
