package io.newsstream.deploy.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the article files under the paths a user names: files as given, folders searched recursively. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /**
     * @return the supported files in a stable order (sorted within each folder), so reruns send in the same order
     * @throws IllegalArgumentException when a path does not exist, naming it
     */
    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException(path + ": no such file or directory");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::visible)
                            .filter(ArticleFileReader::supports).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean visible(Path file) {
        return !file.getFileName().toString().startsWith(".");
    }
}
