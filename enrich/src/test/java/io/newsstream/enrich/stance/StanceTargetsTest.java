package io.newsstream.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceTargetsTest {

    private static Map<String, StanceTarget> parse(String content) {
        return StanceTargets.parse(DataFile.read("my.targets", new StringReader(content)));
    }

    @Test
    void bundledTargetsIncludeTheIssuesThreeAndOthers() {
        List<String> ids = StanceTargets.bundled().stream().map(StanceTarget::id).toList();

        assertThat(ids).contains("peace-negotiations", "military-aid-ukraine", "sanctions-russia", "climate-action",
                "trade-tariffs", "ai-regulation");
        assertThat(StanceTargets.bundled()).allSatisfy(target -> {
            assertThat(target.name()).isNotBlank();
            assertThat(target.description()).isNotBlank();
            assertThat(target.terms()).isNotEmpty();
        });
    }

    @Test
    void blockFormatReadsListsAcrossRepeatedKeys() {
        Map<String, StanceTarget> targets = parse("""
                # a comment
                [rail-strikes]
                name: Rail strikes
                description: Strikes on the railways.
                description: FAVOR supports the strikers.
                terms: rail strike* | walkout
                terms: picket line
                favor: solidarity with
                less: call off
                exclude: walkout song
                """);

        StanceTarget target = targets.get("rail-strikes");
        assertThat(target.name()).isEqualTo("Rail strikes");
        assertThat(target.description()).isEqualTo("Strikes on the railways. FAVOR supports the strikers.");
        assertThat(target.terms()).containsExactly("rail strike*", "walkout", "picket line");
        assertThat(target.favor()).containsExactly("solidarity with");
        assertThat(target.less()).containsExactly("call off");
        assertThat(target.exclude()).containsExactly("walkout song");
        assertThat(target.context()).isEmpty();
    }

    @Test
    void malformedLinesAreRejectedWithFileLineAndReason() {
        assertThatThrownBy(() -> parse("[ok]\nname: A\nterms: a\ncolour: blue\n"))
                .isInstanceOf(DataFileException.class).hasMessage("my.targets line 4: unknown key 'colour' (known: "
                        + "name, description, terms, context, favor, against, more, less, exclude)");
        assertThatThrownBy(() -> parse("name: A\n"))
                .hasMessage("my.targets line 1: 'name' comes before the first [target-id] header");
        assertThatThrownBy(() -> parse("[Bad Id]\n"))
                .hasMessageStartingWith("my.targets line 1: target id 'Bad Id' must be");
        assertThatThrownBy(() -> parse("[a]\nname: A\nterms: x || y\n"))
                .hasMessageStartingWith("my.targets line 3: empty phrase");
        assertThatThrownBy(() -> parse("[a]\nname: A\nterms: *x\n"))
                .hasMessage("my.targets line 3: '*' may only end a word, after a letter: '*x'");
        assertThatThrownBy(() -> parse("[a]\nname: A\n\n[b]\nname: B\nterms: b\n"))
                .hasMessage("my.targets line 1: target 'a' has no 'terms'");
        assertThatThrownBy(() -> parse("[a]\nname: A\nterms: a\n[a]\n"))
                .hasMessage("my.targets line 4: target 'a' is defined twice in this file");
        assertThatThrownBy(() -> parse("[a]\nterms: a\nthis line has no colon\n"))
                .hasMessageStartingWith("my.targets line 3: expected 'key: value' or a [target-id] header");
    }

    @Test
    void userFolderAddsTargetsAndReplacesBundledOnesById(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("local.targets"), """
                [trade-tariffs]
                name: Our own tariff target
                terms: levy
                [rail-strikes]
                name: Rail strikes
                terms: rail strike
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a targets file");

        List<StanceTarget> targets = StanceTargets.load(dir);

        assertThat(targets).extracting(StanceTarget::id).contains("peace-negotiations", "rail-strikes");
        assertThat(targets).filteredOn(t -> t.id().equals("trade-tariffs")).singleElement()
                .extracting(StanceTarget::name).isEqualTo("Our own tariff target");
    }

    @Test
    void aSingleUserFileWorksAndAMissingPathIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "[rail-strikes]\nname: Rail strikes\nterms: rail strike\n");

        assertThat(StanceTargets.load(file)).extracting(StanceTarget::id).contains("rail-strikes", "ai-regulation");
        assertThatThrownBy(() -> StanceTargets.load(dir.resolve("missing")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("is neither a file nor a directory");
    }

    @Test
    void aBadUserFileNamesItself(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.targets");
        Files.writeString(file, "[x]\nname: X\nterms: a\nfavor:\n");

        assertThatThrownBy(() -> StanceTargets.load(dir))
                .hasMessage(file + " line 4: 'favor' has no value");
    }
}
