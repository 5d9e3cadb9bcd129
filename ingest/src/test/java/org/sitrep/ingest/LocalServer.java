package org.sitrep.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A web server on 127.0.0.1 serving fixed pages, for tests that fetch: never an outside address. */
final class LocalServer implements AutoCloseable {
    record Page(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            Page page = pages.getOrDefault(ex.getRequestURI().getPath(), new Page(404, "text/plain", "not found"));
            byte[] body = page.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", page.contentType());
            ex.sendResponseHeaders(page.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    void put(String path, String contentType, String body) {
        pages.put(path, new Page(200, contentType, body));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
