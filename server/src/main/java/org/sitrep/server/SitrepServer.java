package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ContentType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.NotFoundException;
import org.sitrep.store.SitrepStore;

/**
 * sitrep's HTTP server: the JSON API under {@code /api}, the web map at {@code /}. Every failure is answered as
 * {@code {"error": "..."}} with its status; nothing internal (a stack trace, SQL) reaches a client.
 */
public final class SitrepServer implements AutoCloseable {
    /** Locks the page to its own scripts: even a missed escape could not run a script that came with a report. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";
    /**
     * The API's answers are data, never a page: nothing in them may load, run or be framed. Short, because Jetty
     * checks every character of every header it sends: with the page's policy on every answer, that check was 8% of
     * the server's samples in a profile of cached pages under load.
     */
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final ServerSettings settings;
    private final LiveEvents live;
    private final Javalin app;
    private final ScheduledExecutorService poller;

    public SitrepServer(SitrepStore store, Supplier<Extractor> extractors, ServerSettings settings) {
        this.settings = settings;
        this.live = new LiveEvents(store);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = true;
            config.jsonMapper(new JavalinJackson(json, true));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.gzipOnlyCompression(CachedResponses.GZIP_LEVEL);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/sitrep/server/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> settings.corsOrigins().forEach(rule::allowHost)));
            }
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", ctx.path().startsWith("/api/") ? API_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            refuseLargeBodies(ctx);
        });
        CachedResponses cache = new CachedResponses(settings.cacheBytes(),
                new DataGeneration(store, settings.cacheCheck().toNanos()));
        new ReadApi(store, json, cache).register(app);
        new IngestApi(store, extractors, new BearerToken(settings.token()), live, json, settings.maxBodyBytes()).register(app);
        app.sse("/api/stream", live::connect);
        String openApi = resource("openapi.json");
        app.get("/api/openapi.json", ctx -> ctx.contentType(ContentType.JSON).result(openApi));
        errors(app);
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sitrep-live-poller");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts listening; returns this server, whose {@link #port()} is then the port it got. */
    public SitrepServer start() {
        app.start(settings.host(), settings.port());
        long every = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    private void pollQuietly() {
        try {
            live.poll();
        } catch (RuntimeException e) {
            // a busy or briefly unreachable database: the next poll tries again, and reads everything since
            System.err.println("sitrep server: live poll failed: " + e.getMessage());
        }
    }

    /** Refuses a body over the limit from its declared length, before reading it. */
    private void refuseLargeBodies(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxBodyBytes()) {
            throw new HttpResponseException(413, "the body is larger than " + settings.maxBodyBytes() + " bytes");
        }
    }

    private static void errors(Javalin app) {
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep server: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, "the server failed to answer this request");
        });
        // routes that do not exist, and Jetty's own refusals, answer in the API's shape too
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null || message.isBlank() ? "request refused" : message));
    }

    private static String resource(String name) {
        try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        app.stop();
    }
}
