package org.sitrep.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * Fetches over HTTP(S) with {@link HttpClient}: timeouts, redirects followed here (so that a loop is named as
 * one), retries with exponential backoff on timeouts, refused connections, 429 and 5xx, a politeness delay per
 * host, conditional GET, gzip bodies, a size cap and a User-Agent that says who asks.
 */
public final class HttpFetcher implements Fetcher {
    private final HttpClient client;
    private final FetchOptions options;
    private final HostPoliteness politeness;

    public HttpFetcher(FetchOptions options) {
        this.options = options;
        this.politeness = new HostPoliteness(options.politeness());
        this.client = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public FetchResult fetch(URI address, Validators validators) throws FetchException {
        Set<URI> visited = new HashSet<>();
        URI current = address;
        for (int hop = 0; hop <= options.maxRedirects(); hop++) {
            if (!visited.add(current)) {
                throw new FetchException(address + ": redirect loop (back to " + current + ")");
            }
            HttpResponse<InputStream> response = sendWithRetries(current, validators);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                close(response);
                if (location == null) {
                    throw new FetchException(address + ": HTTP " + status + " without a Location");
                }
                current = current.resolve(location.strip());
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            Validators next = new Validators(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            if (status == 304) {
                close(response);
                return new FetchResult(address, current, status, new byte[0], contentType, validators, true);
            }
            if (status >= 400) {
                close(response);
                throw new FetchException(address + ": HTTP " + status + (current.equals(address) ? "" : " at " + current));
            }
            byte[] body = readCapped(response, address);
            return new FetchResult(address, current, status, body, contentType, next, false);
        }
        throw new FetchException(address + ": more than " + options.maxRedirects() + " redirects");
    }

    private HttpResponse<InputStream> sendWithRetries(URI uri, Validators validators) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(uri + ": not an http(s) address");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET()
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5")
                .header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        String lastProblem = null;
        for (int attempt = 0; attempt <= options.retries(); attempt++) {
            try {
                if (attempt > 0) {
                    Thread.sleep(options.backoff().multipliedBy(1L << (attempt - 1)));
                }
                politeness.await(uri.getHost() == null ? "" : uri.getHost());
                HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if ((status == 429 || status >= 500) && attempt < options.retries()) {
                    close(response);
                    lastProblem = "HTTP " + status;
                    continue;
                }
                return response;
            } catch (HttpTimeoutException e) {
                lastProblem = "timed out after " + options.timeout().toSeconds() + " s";
            } catch (ConnectException e) {
                lastProblem = "connection refused or unreachable";
            } catch (IOException e) {
                lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException(uri + ": interrupted", e);
            } catch (IllegalArgumentException e) {
                throw new FetchException(uri + ": not a valid address (" + e.getMessage() + ")", e);
            }
        }
        throw new FetchException(uri + ": " + lastProblem + " (" + (options.retries() + 1) + " tries)");
    }

    /** Reads at most the cap; a larger body is refused, whatever its Content-Length claimed. */
    private byte[] readCapped(HttpResponse<InputStream> response, URI address) throws FetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > options.maxBytes()) {
            close(response);
            throw new FetchException(address + ": " + size(declared) + ", over the " + size(options.maxBytes()) + " cap");
        }
        boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        InputStream raw = response.body();
        // the client's timeout ends at the headers: a server that stalls mid-body is cut off by closing the stream
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(options.timeout());
                timedOut.set(true);
                raw.close();
            } catch (InterruptedException | IOException finished) {
                // the body was read in time
            }
        });
        try (raw; InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > options.maxBytes()) {
                    throw new FetchException(address + ": over the " + size(options.maxBytes()) + " cap");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new FetchException(address + ": timed out reading the body after " + options.timeout().toSeconds() + " s", e);
            }
            throw new FetchException(address + ": body cannot be read (" + e.getMessage() + ")", e);
        } finally {
            watchdog.interrupt();
        }
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing more to read from a response we are leaving
        }
    }
}
