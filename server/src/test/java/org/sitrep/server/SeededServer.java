package org.sitrep.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;

/**
 * The real server on a random port over a temporary SQLite database with the seed report ingested, started once for
 * all the ITs of a run: loading the extractor takes seconds, and the tests only add to the database.
 */
final class SeededServer {
    static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());
    /** How often the response cache looks for other processes' writes: short, so that a test need not wait long. */
    static final java.time.Duration CACHE_CHECK = java.time.Duration.ofMillis(200);
    private static SeededServer instance;

    final Path folder;
    final String databaseFile;
    final SitrepStore store;
    final Extractor extractor;
    final SitrepServer server;

    private SeededServer() throws IOException {
        folder = Files.createTempDirectory("sitrep-server-it");
        databaseFile = folder.resolve("test.db").toString();
        store = SitrepStore.open(databaseFile);
        extractor = Extractor.createDefault();
        Path seed = Path.of(System.getProperty("sitrep.samples", "../samples"), "interpreter-2016-09-05-syria-live.txt");
        Document document = new Document("interpreter-2016-09-05-syria-live", "The Interpreter", "https://www.interpretermag.com/syria-live",
                LocalDate.of(2016, 9, 5).atStartOfDay(), Files.readString(seed), List.of());
        store.store(extractor.extract(document), "Russia And US Fail To Reach Syria Deal");
        ServerSettings settings = new ServerSettings(ServerSettings.LOOPBACK, 0, TOKEN, 64 * 1024, List.of(),
                java.time.Duration.ofMillis(300), ServerSettings.DEFAULT_CACHE_BYTES, CACHE_CHECK);
        server = new SitrepServer(store, () -> extractor, settings).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
    }

    static synchronized SeededServer get() throws IOException {
        if (instance == null) {
            instance = new SeededServer();
        }
        return instance;
    }

    String url(String path) {
        return server.url() + path.replaceFirst("^/", "");
    }
}
