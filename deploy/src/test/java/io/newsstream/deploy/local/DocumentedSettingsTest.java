package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The settings table of docs/contracts.md and the keys the services know cannot drift apart. */
class DocumentedSettingsTest {

    private static final Path CONTRACTS = Path.of("..", "docs", "contracts.md");
    private static final Pattern KEY = Pattern.compile("`([a-z][a-z0-9.]*)`");

    @Test
    void everyDocumentedSettingIsAKnownKey() throws IOException {
        Set<String> documented = documentedKeys();

        assertThat(documented).isNotEmpty();
        assertThat(LocalSettings.KNOWN.keys()).containsAll(documented);
    }

    @Test
    void everyKnownKeyIsDocumented() throws IOException {
        assertThat(documentedKeys()).containsAll(LocalSettings.KNOWN.keys());
    }

    /** The keys in the first column of the table under "## Settings". */
    private static Set<String> documentedKeys() throws IOException {
        String contracts = Files.readString(CONTRACTS);
        int start = contracts.indexOf("\n## Settings\n");
        assertThat(start).as("docs/contracts.md has a Settings section").isPositive();
        int end = contracts.indexOf("\n## ", start + 1);
        Set<String> keys = new TreeSet<>();
        for (String line : contracts.substring(start, end < 0 ? contracts.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher key = KEY.matcher(line.substring(0, line.indexOf('|', 1)));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }
}
