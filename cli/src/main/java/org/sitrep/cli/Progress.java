package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * The progress line of a long run (documents, events, rate, ETA) and its summary. On a terminal the line is
 * rewritten in place every second; in a log it is a new line every ten seconds.
 */
final class Progress {
    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private long documents;
    private long events;

    /** @param total the number of documents expected, or 0 when unknown */
    Progress(PrintWriter err, long total) {
        this.err = err;
        this.total = total;
        this.terminal = System.console() != null;
    }

    void advance(long documentsDone, long eventsStored) {
        documents += documentsDone;
        events += eventsStored;
        long now = System.nanoTime();
        if (now - lastPrinted >= (terminal ? 1_000_000_000L : 10_000_000_000L)) {
            lastPrinted = now;
            err.print((terminal ? "\r" : "") + line() + (terminal ? "   " : "\n"));
            err.flush();
        }
    }

    void finish() {
        if (terminal && lastPrinted != started) {
            err.print("\r" + " ".repeat(line().length() + 3) + "\r");
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private String line() {
        double seconds = Math.max(seconds(), 1e-3);
        double rate = documents / seconds;
        String eta = total > 0 && rate > 0 && documents < total
                ? ", ETA " + format(Duration.ofSeconds((long) ((total - documents) / rate))) : "";
        return String.format(Locale.ROOT, "sitrep: %d%s documents, %d events, %.1f documents/s%s", documents,
                total > 0 && documents <= total ? "/" + total : "", events, rate, eta);
    }

    private static String format(Duration d) {
        return d.toHours() > 0 ? String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart())
                : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
    }
}
