package io.newsstream.sink.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedDatabaseTest}: owns an embedded database until it is killed. */
public final class EmbeddedDatabaseOwner {

    private EmbeddedDatabaseOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("ready on port " + database.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
