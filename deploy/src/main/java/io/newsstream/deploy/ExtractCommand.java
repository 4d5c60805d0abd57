package io.newsstream.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.core.json.Json;
import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.extract.ExtractedPage;
import io.newsstream.enrich.extract.PageExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsstream extract}: the article in HTML pages, as enrich extracts it, one JSON line per page. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extract the article from HTML pages (.html, .htm, .html.gz) and print one JSON line per page with",
            "file, title, body, authors, publishedAt, publisher, language, canonicalUrl, outcome (and the reason",
            "when there is no article). A manifest names many pages: lines PATH<TAB>URL, paths relative to it."
        })
final class ExtractCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML pages (.html, .htm, .html.gz).")
        List<Path> files;

        @Option(names = "--manifest", paramLabel = "FILE", description = "A file of lines PATH<TAB>URL.")
        Path manifest;
    }

    @Option(names = "--url", paramLabel = "URL", description = "The address the pages were fetched from.")
    String url;

    @Spec
    CommandSpec spec;

    /** One page to extract and the address it came from (null when unknown). */
    record Page(Path file, String url) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Page> pages;
        try {
            pages = input.manifest != null ? readManifest(input.manifest) : input.files.stream()
                    .map(file -> new Page(file, url)).toList();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        PageExtractor extractor = new PageExtractor();
        int problems = 0;
        for (Page page : pages) {
            try {
                ExtractedPage extracted = extractor.extract(HtmlDecoder.decode(read(page.file()), null), page.url());
                out.println(Json.mapper().writeValueAsString(json(page.file(), extracted)));
            } catch (IOException | IllegalArgumentException e) {
                err.println(page.file() + ": " + describe(e));
                problems++;
            }
        }
        out.flush();
        err.flush();
        return problems == 0 ? 0 : 1;
    }

    static List<Page> readManifest(Path manifest) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(manifest + ": " + describe(e));
        }
        List<Page> pages = new ArrayList<>();
        Path base = manifest.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || fields[0].isBlank()) {
                throw new IllegalArgumentException(manifest + " line " + (i + 1) + ": expected PATH<TAB>URL");
            }
            String address = fields[1].strip();
            pages.add(new Page(base.resolve(fields[0].strip()), address.isEmpty() ? null : address));
        }
        return pages;
    }

    /** The page's bytes, gunzipped when its name ends in .gz. */
    static byte[] read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz")
                || name.endsWith(".htm.gz"))) {
            throw new IllegalArgumentException("not a page (.html, .htm or .html.gz)");
        }
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(file);
    }

    private static ObjectNode json(Path file, ExtractedPage page) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("file", file.toString());
        node.put("title", page.title());
        node.put("body", page.body());
        node.putPOJO("authors", page.authors());
        node.put("publishedAt", page.publishedAt() == null ? null : page.publishedAt().toString());
        node.put("publisher", page.publisher());
        node.put("language", page.language());
        node.put("canonicalUrl", page.canonicalUrl());
        node.put("outcome", page.outcome().name());
        if (page.reason() != null) {
            node.put("reason", page.reason());
        }
        return node;
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.util.zip.ZipException) {
            return "not gzip data (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
