package org.sitrep.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the storage tests: SITREP_TEST_PG_URL when set (CI starts one with
 * scripts/test-postgres.sh), else the same script is run here when the machine has PostgreSQL installed.
 * Each test gets a database of its own, so that tests never see each other's rows.
 */
public final class TestPostgres {
    private static String serverUrl;

    private TestPostgres() {
    }

    public static synchronized String newDatabase() throws Exception {
        if (serverUrl == null) {
            serverUrl = start();
        }
        String name = "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return serverUrl.replace("/postgres?", "/" + name + "?");
    }

    private static String start() throws IOException, InterruptedException, SQLException {
        String url = System.getenv("SITREP_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        Path script = repositoryRoot().resolve("scripts/test-postgres.sh");
        Process process = new ProcessBuilder("bash", script.toString(), "start").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        Assumptions.assumeTrue(process.waitFor() == 0 && out.startsWith("jdbc:postgresql:"),
                "no PostgreSQL here: set SITREP_TEST_PG_URL or install Debian's postgresql (CI does)");
        return out;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/test-postgres.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find scripts/test-postgres.sh above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
