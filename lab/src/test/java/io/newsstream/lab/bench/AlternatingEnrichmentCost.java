package io.newsstream.lab.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link EnrichmentCost} for two builds at once: each build is loaded in its own class loader in this one JVM, and the
 * two enrich the same {@code wire} articles in alternating batches of ten (which goes first alternates too), so the
 * shared machine's drift (the same code measured 4.3 and 7.2 ms per article half an hour apart) falls on both alike.
 * Prints, after the warm-up rounds, each build's mean CPU time and allocation per article so far and their ratio.
 *
 * <p>Each class path is a whole build's: its lab test classes and classes, then the rest as {@code
 * dependency:build-classpath} writes it (with that build's module classes, never an installed jar). From a worktree:
 * {@code java -cp lab/target/test-classes io.newsstream.lab.bench.AlternatingEnrichmentCost "$(cat /tmp/cp-old.txt)"
 * "$(cat /tmp/cp-new.txt)" [ROUNDS] [WARM-UP ROUNDS]}.
 */
public final class AlternatingEnrichmentCost {

    private static final int BATCH = 10;

    private AlternatingEnrichmentCost() {
    }

    /** One build: its enricher, the articles as its own classes, and what enriching them has cost so far. */
    private static final class Build {

        private final Object enricher;
        private final Method enrich;
        private final List<?> articles;
        private long cpu;
        private long bytes;

        Build(String classPath) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.strip().split(":")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Method wire = loader.loadClass(EnrichmentBenchmark.class.getName()).getDeclaredMethod("wireArticles");
            wire.setAccessible(true);
            articles = (List<?>) wire.invoke(null);
            Class<?> enricherClass = loader.loadClass("io.newsstream.enrich.Enricher");
            Object builder = enricherClass.getMethod("builder").invoke(null);
            builder.getClass().getMethod("clock", Clock.class).invoke(builder, Clock.systemUTC());
            enricher = builder.getClass().getMethod("build").invoke(builder);
            enrich = enricherClass.getMethod("enrich", loader.loadClass("io.newsstream.core.article.RawArticle"));
        }

        void enrich(int from, int to, ThreadMXBean thread, boolean counted) throws ReflectiveOperationException {
            long startCpu = thread.getCurrentThreadCpuTime();
            long startBytes = thread.getCurrentThreadAllocatedBytes();
            for (int i = from; i < to; i++) {
                enrich.invoke(enricher, articles.get(i));
            }
            if (counted) {
                cpu += thread.getCurrentThreadCpuTime() - startCpu;
                bytes += thread.getCurrentThreadAllocatedBytes() - startBytes;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Build a = new Build(args[0]);
        Build b = new Build(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int n = a.articles.size();
        for (int round = 1; round <= rounds; round++) {
            boolean counted = round > warmUp;
            for (int from = 0; from < n; from += BATCH) {
                int to = Math.min(n, from + BATCH);
                boolean aFirst = (from / BATCH + round) % 2 == 0;
                (aFirst ? a : b).enrich(from, to, thread, counted);
                (aFirst ? b : a).enrich(from, to, thread, counted);
            }
            if (counted) {
                long articles = (long) (round - warmUp) * n;
                System.out.printf("round %d: A %.3f ms %,d bytes, B %.3f ms %,d bytes per article; B/A CPU %.3f%n",
                        round, a.cpu / 1e6 / articles, a.bytes / articles, b.cpu / 1e6 / articles,
                        b.bytes / articles, (double) b.cpu / a.cpu);
            }
        }
    }
}
