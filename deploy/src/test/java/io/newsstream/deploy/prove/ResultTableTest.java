package io.newsstream.deploy.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final CaseResult CLEAN = new CaseResult("load", 2000, 2000, 0, 0, 0, 0, false, 41.6, List.of());

    @Test
    void oneRowPerCaseUnderAHeaderWithAlignedColumns() {
        CaseResult killed = new CaseResult("kill-local-during-ingest", 2000, 1990, 0, 10, 0, 0, false, 95, List.of());

        List<String> lines = ResultTable.format(List.of(CLEAN, killed)).lines().toList();

        assertThat(lines.get(0)).startsWith("| case").contains("| accepted |", "| DLQ |", "| 5xx |", "| stalled |");
        assertThat(lines.get(1)).matches("\\|[-|]+\\|");
        assertThat(lines.get(2)).isEqualTo(
                "| load                     |     2000 |   2000 |          0 |    0 |   0 |   0 |      no |      42 | PASS   |");
        assertThat(lines.get(3)).contains("|   1990 |", "|   10 |").endsWith("| FAIL   |");
        assertThat(lines.subList(0, 4)).extracting(String::length).containsOnly(lines.get(0).length());
        assertThat(lines.get(lines.size() - 1)).isEqualTo("FAIL: 1 of 2 cases");
    }

    @Test
    void allPassedSaysSo() {
        assertThat(ResultTable.format(List.of(CLEAN))).endsWith("PASS: 1 cases\n");
    }

    @Test
    void problemsFollowTheTableNamedByCase() {
        CaseResult stalled = new CaseResult("kill-enrich", 100, 40, 0, 60, 0, 0, true, 130,
                List.of("stalled: nothing progressed for 60 s\nlast log line"));

        String table = ResultTable.format(List.of(stalled));

        assertThat(table).contains("|     yes |", "  kill-enrich: stalled: nothing progressed for 60 s\n      last log line\n");
    }

    @Test
    void anyLossDuplicateServerErrorStallOrProblemFailsTheCase() {
        assertThat(CLEAN.passed()).isTrue();
        assertThat(new CaseResult("c", 1, 1, 1, 0, 0, 0, false, 1, List.of()).passed()).isFalse();
        assertThat(new CaseResult("c", 1, 0, 0, 1, 0, 0, false, 1, List.of()).passed()).isFalse();
        assertThat(new CaseResult("c", 1, 1, 0, 0, 0, 1, false, 1, List.of()).passed()).isFalse();
        assertThat(new CaseResult("c", 1, 1, 0, 0, 0, 0, true, 1, List.of()).passed()).isFalse();
        assertThat(CaseResult.aborted("c", 1, "did not start").passed()).isFalse();
    }
}
