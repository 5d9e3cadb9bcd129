package org.sitrep.server;

import io.javalin.http.sse.SseClient;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sitrep.format.Json;
import org.sitrep.store.SitrepStore;

/**
 * {@code GET /api/stream}: incidents as they are stored or changed, as server-sent events named {@code event}. The
 * database is the one source of truth: the server's own ingests and other processes' ({@code sitrep ingest}) are
 * found the same way, by polling a cheap change mark and reading what changed only when it moved.
 */
final class LiveEvents {
    /** Most incidents read per poll; a bulk load beyond that is not something to watch live. */
    private static final int BATCH = 1000;
    private static final long HEARTBEAT_SECONDS = 15;

    private final SitrepStore store;
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    /** The change timestamp of each incident sent in the last second, so that a same-second change is sent once. */
    private final Map<String, Long> sent = new HashMap<>();
    private long mark;
    private long since;
    private long lastHeartbeat;

    LiveEvents(SitrepStore store) {
        this.store = store;
        this.mark = store.changeMark();
        this.since = Instant.now().getEpochSecond();
        this.lastHeartbeat = since;
        // what changed earlier in this second is old news: only what changes after the start is sent
        store.eventsChangedSince(since, BATCH).forEach(event ->
                sent.put((String) event.get("event_id_cnty"), ((Number) event.get("timestamp")).longValue()));
    }

    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    /** Sends what changed since the last poll; called by the poller and after the server's own ingests. */
    synchronized void poll() {
        long now = Instant.now().getEpochSecond();
        long current = store.changeMark();
        if (current != mark) {
            List<Map<String, Object>> changed = store.eventsChangedSince(since, BATCH);
            for (Map<String, Object> event : changed) {
                String id = (String) event.get("event_id_cnty");
                long timestamp = ((Number) event.get("timestamp")).longValue();
                if (!Long.valueOf(timestamp).equals(sent.put(id, timestamp))) {
                    broadcast(id, event);
                }
                since = Math.max(since, timestamp);
            }
            // a full batch means more is waiting: keep the old mark so that the next poll reads on
            if (changed.size() < BATCH) {
                mark = current;
            }
            sent.values().removeIf(timestamp -> timestamp < since);
        }
        if (now - lastHeartbeat >= HEARTBEAT_SECONDS) {
            lastHeartbeat = now;
            // a comment keeps proxies from closing an idle stream and finds the clients that went away
            clients.forEach(client -> client.sendComment("heartbeat"));
            clients.removeIf(SseClient::terminated);
        }
    }

    private void broadcast(String id, Map<String, Object> event) {
        String data = Json.line(event);
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("event", data, id);
            }
        }
    }
}
