package org.sitrep.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The annotate output as one self-contained HTML page ({@code sitrep annotate FILE --format html}): the
 * report's text with every mention of {@link Annotations#of} highlighted, a legend and the list of events with
 * links to their trigger words. Inline CSS only, no scripts and no external resources; a mention's resolution
 * shows in its {@code title}. Everything from the text or the annotation is escaped.
 *
 * <p>Offsets are Unicode code points, end exclusive, as in the annotation. Spans that are not numbers, lie
 * outside the text or are empty after clamping to it are left out; a span that crosses one already open is
 * left out too (one fully inside another nests), so the markup stays balanced.
 */
final class AnnotationPage {
    /** The kinds in legend order, each with the annotation list it comes from. */
    private static final String[][] KINDS = {
        {"place", "places"}, {"time", "times"}, {"actor", "actors"},
        {"source", "sources"}, {"number", "numbers"}, {"event", "events"}};

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;background:#fff}
            h1{font-size:1.2em;margin-bottom:.2em}
            .meta{color:#666;margin-top:0}
            .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
            .text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,serif;font-size:1.05em;line-height:1.7;border:1px solid #ddd;padding:1em;background:#fcfcfc}
            mark{color:inherit;border-radius:3px;padding:0 1px;border-bottom:2px solid transparent}
            mark mark{padding:0}
            mark:hover{outline:2px solid #333;cursor:help}
            mark:target{outline:3px solid #d00}
            mark.place{background:#cde8ff;border-color:#3b8fd9}
            mark.time{background:#ffe9b3;border-color:#d9a21b}
            mark.actor{background:#d7f5d0;border-color:#4aa83a}
            mark.source{background:#eadcff;border-color:#8b5fd4}
            mark.number{background:#ffd6d6;border-color:#d64545}
            mark.event{background:#ffd0f0;border-color:#c2379b;font-weight:bold}
            .events li{margin:.2em 0}
            .skipped{color:#888}
            """;

    private AnnotationPage() {
    }

    /** One mention to highlight, in code points clamped to the text. */
    private record Mention(String kind, int kindOrder, int order, int start, int end, Map<?, ?> item) {
    }

    static String render(String text, Map<String, Object> annotation) {
        String body = text == null ? "" : text;
        Map<String, Object> doc = annotation == null ? Map.of() : annotation;
        int[] charAt = codePointIndex(body);
        int codePoints = charAt.length - 1;

        List<Mention> mentions = new ArrayList<>();
        int[] counts = new int[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            for (Map<?, ?> item : items(doc.get(KINDS[k][1]))) {
                counts[k]++;
                Long start = integer(item.get("start"));
                Long end = integer(item.get("end"));
                if (start == null || end == null) {
                    continue;
                }
                int s = (int) Math.max(0, Math.min(codePoints, start));
                int e = (int) Math.max(0, Math.min(codePoints, end));
                if (s < e) {
                    mentions.add(new Mention(KINDS[k][0], k, mentions.size(), s, e, item));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start)
                .thenComparing(Comparator.comparingInt(Mention::end).reversed())
                .thenComparingInt(Mention::kindOrder)
                .thenComparingInt(Mention::order));

        // the text with its marks; ids m-1, m-2, ... in document order, for the mentions that were shown
        StringBuilder marked = new StringBuilder();
        Map<Object, String> ids = new IdentityHashMap<>();
        int shown = 0;
        int[] skipped = new int[KINDS.length];
        List<Mention> open = new ArrayList<>();
        int cursor = 0;
        for (Mention m : mentions) {
            cursor = advance(body, charAt, marked, open, cursor, m.start());
            if (!open.isEmpty() && m.end() > open.get(open.size() - 1).end()) {
                skipped[m.kindOrder()]++;
                continue;
            }
            String id = "m-" + ++shown;
            ids.putIfAbsent(m.item(), id);
            marked.append("<mark class=\"").append(m.kind()).append("\" id=\"").append(id)
                    .append("\" title=\"").append(escape(title(m.kind(), m.item()))).append("\">");
            open.add(m);
        }
        advance(body, charAt, marked, open, cursor, codePoints);

        String id = string(doc.get("id"));
        StringBuilder html = new StringBuilder(body.length() * 2 + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape("sitrep annotate: " + id)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape("sitrep annotate: " + id)).append("</h1>\n");
        Object published = doc.get("published");
        if (published != null) {
            html.append("<p class=\"meta\">published ").append(escape(string(published))).append("</p>\n");
        }

        html.append("<ul class=\"legend\">\n");
        for (int k = 0; k < KINDS.length; k++) {
            html.append("<li><mark class=\"").append(KINDS[k][0]).append("\">").append(KINDS[k][0])
                    .append("</mark> ").append(counts[k]);
            if (skipped[k] > 0) {
                html.append(" <span class=\"skipped\">(").append(skipped[k])
                        .append(" overlapping, not highlighted)</span>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n");

        html.append("<div class=\"text\">").append(marked).append("</div>\n");

        // the events, one line per event id, linking to the trigger words
        Map<String, List<Map<?, ?>>> events = new LinkedHashMap<>();
        for (Map<?, ?> item : items(doc.get("events"))) {
            events.computeIfAbsent(string(item.get("event_id")), key -> new ArrayList<>()).add(item);
        }
        html.append("<h2>Events (").append(events.size()).append(")</h2>\n");
        if (events.isEmpty()) {
            html.append("<p class=\"skipped\">No events.</p>\n");
        } else {
            html.append("<ol class=\"events\">\n");
            for (Map.Entry<String, List<Map<?, ?>>> event : events.entrySet()) {
                Map<?, ?> first = event.getValue().get(0);
                html.append("<li><code>").append(escape(event.getKey())).append("</code> ")
                        .append(escape(string(first.get("event_type")))).append(" / ")
                        .append(escape(string(first.get("sub_event_type"))));
                if (first.get("modality") != null) {
                    html.append(", ").append(escape(string(first.get("modality"))));
                }
                html.append(": ");
                String separator = "";
                for (Map<?, ?> trigger : event.getValue()) {
                    html.append(separator);
                    separator = ", ";
                    String target = ids.get(trigger);
                    String words = escape(string(trigger.get("text")));
                    if (target != null) {
                        html.append("<a href=\"#").append(target).append("\">").append(words).append("</a>");
                    } else {
                        html.append("<span class=\"skipped\">").append(words).append("</span>");
                    }
                }
                html.append("</li>\n");
            }
            html.append("</ol>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** Writes the text from {@code cursor} up to {@code to} (code points), closing the marks that end on the way. */
    private static int advance(String text, int[] charAt, StringBuilder out, List<Mention> open, int cursor, int to) {
        while (!open.isEmpty() && open.get(open.size() - 1).end() <= to) {
            int end = open.remove(open.size() - 1).end();
            out.append(escape(text.substring(charAt[cursor], charAt[end])));
            out.append("</mark>");
            cursor = end;
        }
        out.append(escape(text.substring(charAt[cursor], charAt[to])));
        return to;
    }

    /** Code point index → Java string index, one past the last code point included. */
    private static int[] codePointIndex(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int i = 0;
        for (int cp = 0; cp < index.length - 1; cp++) {
            index[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        index[index.length - 1] = text.length();
        return index;
    }

    /** What a mention resolved to, for its {@code title}: one summary line, then any further details. */
    static String title(String kind, Map<?, ?> item) {
        List<String> lines = new ArrayList<>();
        switch (kind) {
            case "place" -> {
                StringBuilder line = new StringBuilder("place: ").append(string(item.get("name")));
                if (item.get("country") != null && !Objects.equals(item.get("country"), item.get("name"))) {
                    line.append(", ").append(string(item.get("country")));
                }
                List<String> details = new ArrayList<>();
                if (item.get("geonameid") != null) {
                    details.add("geonameid " + string(item.get("geonameid")));
                }
                if (item.get("feature_code") != null) {
                    details.add(string(item.get("feature_code")));
                }
                if (item.get("lat") != null || item.get("lon") != null) {
                    details.add(coordinate(item.get("lat")));
                    details.add(coordinate(item.get("lon")));
                }
                if (!details.isEmpty()) {
                    line.append(" (").append(String.join(", ", details)).append(')');
                }
                lines.add(line.toString());
                List<String> admin = new ArrayList<>();
                if (item.get("admin1") != null) {
                    admin.add("admin1 " + string(item.get("admin1")));
                }
                if (item.get("admin2") != null) {
                    admin.add("admin2 " + string(item.get("admin2")));
                }
                if (item.get("geo_precision") != null) {
                    admin.add("geo precision " + string(item.get("geo_precision")));
                }
                if (!admin.isEmpty()) {
                    lines.add(String.join(", ", admin));
                }
            }
            case "time" -> {
                StringBuilder line = new StringBuilder("time: ").append(string(item.get("type")));
                if (item.get("value") != null) {
                    line.append(' ').append(string(item.get("value")));
                }
                lines.add(line.toString());
                if (item.get("date") != null && !Objects.equals(item.get("date"), item.get("value"))) {
                    lines.add("date " + string(item.get("date"))
                            + (item.get("date_precision") == null ? "" : " (" + string(item.get("date_precision")) + ")"));
                }
                if (Boolean.TRUE.equals(item.get("future"))) {
                    lines.add("future");
                }
            }
            case "actor" -> {
                StringBuilder line = new StringBuilder("actor: ").append(string(item.get("actor")));
                if (item.get("inter") != null) {
                    line.append(", inter ").append(string(item.get("inter")));
                }
                lines.add(line.toString());
                if (item.get("key") != null && !Objects.equals(item.get("key"), item.get("actor"))) {
                    lines.add("key " + string(item.get("key")));
                }
            }
            case "source" -> lines.add("source: " + string(item.get("source")));
            case "number" -> {
                StringBuilder line = new StringBuilder("number: ").append(string(item.get("role")));
                Object low = item.get("low");
                Object high = item.get("high");
                if (low != null) {
                    line.append(' ').append(string(low));
                    if (high != null && !Objects.equals(low, high)) {
                        line.append('-').append(string(high));
                    }
                } else if (high != null) {
                    line.append(" up to ").append(string(high));
                }
                if (Boolean.TRUE.equals(item.get("vague"))) {
                    line.append(", vague");
                }
                lines.add(line.toString());
            }
            case "event" -> {
                lines.add("event: " + string(item.get("event_type")) + " / " + string(item.get("sub_event_type"))
                        + " (" + string(item.get("event_id")) + ")");
                if (item.get("modality") != null) {
                    lines.add("modality " + string(item.get("modality")));
                }
            }
            default -> lines.add(kind);
        }
        return String.join("\n", lines);
    }

    private static String coordinate(Object value) {
        if (value instanceof Number n) {
            return String.format(Locale.ROOT, "%.3f", n.doubleValue());
        }
        return string(value);
    }

    private static List<Map<?, ?>> items(Object list) {
        List<Map<?, ?>> items = new ArrayList<>();
        if (list instanceof Iterable<?> iterable) {
            for (Object item : iterable) {
                if (item instanceof Map<?, ?> map) {
                    items.add(map);
                }
            }
        }
        return items;
    }

    private static Long integer(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n && !Double.isNaN(n.doubleValue()) && !Double.isInfinite(n.doubleValue())) {
            return (long) Math.floor(n.doubleValue());
        }
        return null;
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** Escapes for text and (quoted) attribute values alike. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\0' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
