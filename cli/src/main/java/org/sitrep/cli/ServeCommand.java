package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.pipeline.Extractor;
import org.sitrep.server.ServerSettings;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the API and the web map over an existing database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the database: the JSON API under /api and the web map, on 127.0.0.1 unless --host opens it.",
                "Writes (POST /api/documents) need the bearer token from SITREP_TOKEN or --token-file; without one, a random token is printed.",
                "Example: sitrep serve --db data/sitrep.db --port 8080"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    Listen listen;

    @Override
    public Integer call() {
        try (SitrepStore store = database.open()) {
            listen.serve(store, spec.commandLine().getErr());
        }
        return 0;
    }

    /** Where and how the server listens; shared by {@code serve} and {@code demo}. */
    static final class Listen {
        @Option(names = "--host", defaultValue = ServerSettings.LOOPBACK,
                description = "The address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 opens it to the network.")
        String host;

        @Option(names = "--port", defaultValue = "8080", description = "The port; 0 for any free one. Default: ${DEFAULT-VALUE}.")
        int port;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "A file holding the bearer token for writes (default: the SITREP_TOKEN variable, else a random token printed at start).")
        Path tokenFile;

        @Option(names = "--cors-origin", paramLabel = "ORIGIN",
                description = "An origin (https://example.org) whose pages may call the API; repeatable. Default: none (CORS off).")
        List<String> corsOrigins = List.of();

        @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerSettings.DEFAULT_MAX_BODY,
                description = "The largest request body accepted. Default: ${DEFAULT-VALUE}.")
        long maxBody;

        @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + ServerSettings.DEFAULT_CACHE_BYTES / (1024 * 1024),
                description = "Memory for cached answers of the read endpoints, emptied by every write; 0 turns the cache off. "
                        + "Another process's writes are seen within a second. Default: ${DEFAULT-VALUE}.")
        long cacheMegabytes;

        /** Starts the server and blocks until the process is interrupted (Ctrl-C, SIGTERM). */
        void serve(SitrepStore store, PrintWriter err) {
            boolean printToken = tokenFile == null && System.getenv("SITREP_TOKEN") == null;
            String token = token();
            if (cacheMegabytes < 0) {
                throw new InputException("--cache-mb must be 0 (off) or more, not " + cacheMegabytes);
            }
            ServerSettings settings = new ServerSettings(host, port, token, maxBody, corsOrigins, Duration.ofSeconds(2),
                    cacheMegabytes * 1024 * 1024, ServerSettings.DEFAULT_CACHE_CHECK);
            SitrepServer server = new SitrepServer(store, Extractor::createDefault, settings).start();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "sitrep-server-stop"));
            err.println("sitrep: serving " + store.database().name() + " at " + server.url() + " (Ctrl-C stops)");
            if (printToken) {
                err.println("sitrep: write token for POST /api/documents: " + token + " (set SITREP_TOKEN to choose it)");
            }
            err.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String token() {
            if (tokenFile != null) {
                try {
                    String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                    if (token.isEmpty()) {
                        throw new InputException(tokenFile + " is empty: it should hold the bearer token");
                    }
                    return token;
                } catch (IOException e) {
                    throw new InputException("cannot read the token file " + tokenFile + ": " + e.getMessage());
                }
            }
            String fromEnvironment = System.getenv("SITREP_TOKEN");
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return fromEnvironment.strip();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
    }
}
