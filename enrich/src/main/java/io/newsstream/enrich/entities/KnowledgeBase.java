package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.data.DataLine;
import io.newsstream.enrich.outlet.KnownOutlet;
import io.newsstream.enrich.outlet.OutletCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The named entities enrich knows by name: people, countries, places, organisations and outlets, loaded from the
 * bundled {@code kb/*.tsv} files (see their headers) and, when {@code enrich.kb.dir} is set, the user's files after them.
 */
public final class KnowledgeBase {

    /** The old single-file knowledge base, the fallback while any of the kb/ entity files is missing. */
    public static final String LEGACY_FILE = "knowledge-base.tsv";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);
    private static final List<KbFile> ENTITY_FILES = List.of(KbFile.PEOPLE, KbFile.COUNTRIES, KbFile.PLACES, KbFile.ORGANISATIONS);
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
        Map<KbFile, List<DataLine>> bundled = new LinkedHashMap<>();
        for (KbFile file : KbFile.values()) {
            readBundled(file).ifPresent(lines -> bundled.put(file, lines));
        }
        // Transitional: until every kb/ file exists, the old files fill the gaps; kb/ entries win every conflict.
        // Deleting the old files later needs no code change: a missing old file is simply not used.
        if (!bundled.keySet().containsAll(ENTITY_FILES) && KnowledgeBase.class.getResource(LEGACY_FILE) != null) {
            for (DataLine line : DataFile.readResource(KnowledgeBase.class, LEGACY_FILE)) {
                builder.add(parseLegacy(line), line, true);
            }
        }
        if (!bundled.containsKey(KbFile.OUTLETS) && OutletCatalog.class.getResource(OutletCatalog.BUNDLED_FILE) != null) {
            builder.addWeakOutlets(OutletCatalog.legacyOutlets(),
                    new DataLine("outlet/" + OutletCatalog.BUNDLED_FILE, 0, ""));
        }
        bundled.forEach(builder::addLines);
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

    private static Optional<List<DataLine>> readBundled(KbFile file) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(file.bundledResource());
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(DataFile.read("kb/" + file.prefix() + ".tsv", reader));
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

    /** Parses and validates entries of the old four-column format; a malformed line fails with the file and line. */
    public static KnowledgeBase fromLines(List<DataLine> lines) {
        KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder().layer();
        for (DataLine line : lines) {
            try {
                builder.add(parseLegacy(line), line, false);
            } catch (DataFileException e) {
                builder.error(e.getMessage());
            }
        }
        return builder.build();
    }

    /** Parses files in the kb/ formats, kind by file name ({@code people-extra.tsv}), as one layer; for tests. */
    static KnowledgeBase fromFiles(Map<String, String> contentByFileName) {
        KnowledgeBaseBuilder builder = new KnowledgeBaseBuilder().layer();
        contentByFileName.forEach((name, content) -> builder.addLines(KbFile.forFileName(name).orElseThrow(),
                DataFile.read(name, new StringReader(content))));
        return builder.build();
    }

    private static KnowledgeEntry parseLegacy(DataLine line) {
        List<String> fields = line.fields(3, 4);
        String id = KbLineParser.id(line, fields.get(0));
        EntityType type;
        try {
            type = EntityType.valueOf(fields.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("type '" + fields.get(1) + "' is not one of " + Arrays.toString(EntityType.values()));
        }
        String name = fields.get(2);
        if (name.isEmpty()) {
            throw line.error("name is empty");
        }
        List<String> aliases = fields.size() == 4 ? KbLineParser.list(line, fields.get(3)) : List.of();
        return new KnowledgeEntry(id, type, name, new ArrayList<>(aliases));
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
