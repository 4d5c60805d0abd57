package io.newsstream.enrich.entities;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.data.DataLine;
import io.newsstream.enrich.outlet.KnownOutlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The named entities enrich knows by name: people, countries, places, organisations, outlets and other named things
 * (agreements, events), loaded from the bundled {@code kb/*.tsv} files (see their headers) and, when
 * {@code enrich.kb.dir} is set, the user's files after them.
 */
public final class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);
    /** Loading parses thousands of lines: do it once per process per directory. */
    private static final Map<Optional<Path>, KnowledgeBase> LOADED = new ConcurrentHashMap<>();

    private final Map<String, KnowledgeEntry> byId = new LinkedHashMap<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Country> countryByDemonym = new HashMap<>();
    private final List<KnownOutlet> outlets;

    KnowledgeBase(Collection<KnowledgeEntry> entries, Collection<Country> countries, Collection<KnownOutlet> outlets) {
        entries.forEach(entry -> byId.put(entry.id(), entry));
        countries.forEach(country -> {
            this.countries.put(country.id(), country);
            country.demonyms().forEach(demonym -> countryByDemonym.putIfAbsent(demonym, country));
        });
        this.outlets = List.copyOf(outlets);
    }

    /** The knowledge base bundled with enrich, loaded once per process. */
    public static KnowledgeBase bundled() {
        return load(null);
    }

    /**
     * The bundled knowledge base with the {@code *.tsv} files of {@code userDir} loaded after it (null: none), once per
     * process; a malformed line fails with the file, line and reason.
     */
    public static KnowledgeBase load(Path userDir) {
        return LOADED.computeIfAbsent(Optional.ofNullable(userDir), dir -> {
            long started = System.nanoTime();
            KnowledgeBase kb = read(userDir);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("knowledge base: {} entries, {} aliases, loaded in {} ms{}", kb.size(), kb.aliasCount(), millis,
                    userDir == null ? "" : " (with " + userDir + ")");
            return kb;
        });
    }

    private static KnowledgeBase read(Path userDir) {
        KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder().layer();
        for (KbFile file : KbFile.values()) {
            builder.addLines(file, readBundled(file));
        }
        if (userDir != null) {
            builder.layer();
            for (Path file : userFiles(userDir)) {
                String name = file.getFileName().toString();
                Optional<KbFile> kind = KbFile.forFileName(name);
                if (kind.isEmpty()) {
                    builder.error(file + ": the file name must start with one of " + KbFile.prefixes());
                    continue;
                }
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    builder.addLines(kind.get(), DataFile.read(file.toString(), reader));
                } catch (IOException e) {
                    builder.error(file + ": cannot read: " + e.getMessage());
                }
            }
        }
        return builder.build();
    }

    private static List<DataLine> readBundled(KbFile file) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(file.bundledResource());
        if (in == null) {
            throw new DataFileException("bundled knowledge-base file " + file.bundledResource() + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return DataFile.read("kb/" + file.prefix() + ".tsv", reader);
        } catch (IOException e) {
            throw new DataFileException("cannot read " + file.bundledResource() + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> userFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataFileException("knowledge-base directory " + dir + " does not exist or is not a directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DataFileException("cannot list knowledge-base directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Parses files in the kb/ formats, kind by file name ({@code people-extra.tsv}), as one layer; for tests. */
    static KnowledgeBase fromFiles(Map<String, String> contentByFileName) {
        KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder().layer();
        contentByFileName.forEach((name, content) -> builder.addLines(KbFile.forFileName(name).orElseThrow(),
                DataFile.read(name, new StringReader(content))));
        return builder.build();
    }

    public List<KnowledgeEntry> entries() {
        return List.copyOf(byId.values());
    }

    public Optional<KnowledgeEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** How many spellings the entries have beyond their canonical names. */
    public int aliasCount() {
        return byId.values().stream().mapToInt(entry -> entry.surfaceForms().size() - 1).sum();
    }

    public Optional<Country> country(String id) {
        return Optional.ofNullable(countries.get(id));
    }

    /** The country a demonym belongs to ("Ukrainian" -> Ukraine), case as written in the file. */
    public Optional<Country> countryByDemonym(String demonym) {
        return Optional.ofNullable(countryByDemonym.get(demonym));
    }

    /** The news outlets, for the outlet catalog: the same entries the entity matcher knows as ORG. */
    public List<KnownOutlet> outlets() {
        return outlets;
    }
}
