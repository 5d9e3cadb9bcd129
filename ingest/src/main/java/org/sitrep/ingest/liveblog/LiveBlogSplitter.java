package org.sitrep.ingest.liveblog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.PublishedTimes;
import org.sitrep.model.Post;

/**
 * Finds the posts of a live blog in its text. A post starts at a line that holds nothing but a time ("06:51",
 * "6.51am GMT", "Updated at 14.05 BST", "2016-09-05 09:27"), followed by the post's text. Not every such line
 * starts a post: a time right after an image credit or "Set as default press image", or right before another
 * time, dates a picture; and a text needs two posts at different times to be a live blog at all.
 *
 * <p>A time without a date takes the date of the post before it, the first one the reference date. Live blogs run
 * newest first or oldest first: the direction is read from the times themselves, and a jump the wrong way across
 * midnight moves the date by a day.
 */
public final class LiveBlogSplitter {
    private static final String DATE = "(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*\\.?,?\\s+)?"
            + "(?:\\d{4}-\\d{2}-\\d{2}[T ]?|\\d{1,2}\\s+[a-z]{3,9}\\.?,?\\s+\\d{4},?\\s*|[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4},?\\s*)";
    private static final Pattern MARKER = Pattern.compile("(?i)^(?:(?:updated|posted)(?:\\s+at)?:?\\s*)?(" + DATE + ")?(?:at\\s+)?"
            + "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}|UTC[+-]?\\d*|GMT[+-]?\\d*)?$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)press image|\\bphoto|\\bimage\\b|picture|credit|getty|\\bafp\\b|reuters/|\\bap\\b|\\bvia\\b|caption|illustration");
    private static final int MAX_MARKER_LENGTH = 48;
    /** A credit line is short; a post's last paragraph that mentions a photo is not a credit. */
    private static final int MAX_CAPTION_LENGTH = 80;

    private final PublishedTimes times;

    public LiveBlogSplitter(PublishedTimes times) {
        this.times = times;
    }

    /**
     * @param reference the date for times that carry none (the page's publication time); may be null, then a
     *                  post needs a date of its own
     * @return the posts, in text order, each from its time line to the next post; empty when the text is not a live blog
     */
    public List<Post> split(String text, LocalDateTime reference) {
        List<Line> lines = lines(text);
        List<Marker> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text().length() > MAX_MARKER_LENGTH) {
                continue;
            }
            Matcher m = MARKER.matcher(line.text());
            if (!m.matches() || !startsAPost(lines, i)) {
                continue;
            }
            Optional<LocalTime> time = clock(m);
            if (time.isEmpty()) {
                continue;
            }
            Optional<LocalDate> date = m.group(1) == null ? Optional.empty() : times.parse(m.group(1) + " 00:00").map(LocalDateTime::toLocalDate);
            markers.add(new Marker(line.start(), date.orElse(null), time.get()));
        }
        if (markers.size() < 2 || markers.stream().map(Marker::time).distinct().count() < 2) {
            return List.of();
        }
        List<LocalDateTime> stamps = timestamps(markers, reference);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            posts.add(new Post("post" + (i + 1), stamps.get(i), markers.get(i).start(), end));
        }
        return posts;
    }

    /** The line after must be text, not another time; the line before must not be a picture's credit. */
    private static boolean startsAPost(List<Line> lines, int i) {
        if (i + 1 >= lines.size() || MARKER.matcher(lines.get(i + 1).text()).matches()) {
            return false;
        }
        String before = i == 0 ? "" : lines.get(i - 1).text();
        return before.length() > MAX_CAPTION_LENGTH || !CAPTION.matcher(before).find();
    }

    private static Optional<LocalTime> clock(Matcher m) {
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (m.group(5) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (Character.toLowerCase(m.group(5).charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }

    private static List<LocalDateTime> timestamps(List<Marker> markers, LocalDateTime reference) {
        int later = 0;
        int earlier = 0;
        for (int i = 1; i < markers.size(); i++) {
            int c = markers.get(i).time().compareTo(markers.get(i - 1).time());
            if (c > 0) {
                later++;
            } else if (c < 0) {
                earlier++;
            }
        }
        boolean newestFirst = earlier > later;
        List<LocalDateTime> stamps = new ArrayList<>();
        LocalDate day = reference == null ? null : reference.toLocalDate();
        LocalTime previous = null;
        for (Marker marker : markers) {
            if (marker.date() != null) {
                day = marker.date();
            } else if (day != null && previous != null) {
                // a jump the wrong way by more than six hours is midnight passed, not a pinned post out of order
                long minutes = java.time.Duration.between(previous, marker.time()).toMinutes();
                if (newestFirst && minutes > 6 * 60) {
                    day = day.minusDays(1);
                } else if (!newestFirst && minutes < -6 * 60) {
                    day = day.plusDays(1);
                }
            }
            previous = marker.time();
            stamps.add(day == null ? null : day.atTime(marker.time()));
        }
        return stamps;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines.add(new Line(start + text.substring(start, end).indexOf(line.charAt(0)), line));
            }
            start = end + 1;
        }
        return lines;
    }

    private record Line(int start, String text) {
    }

    private record Marker(int start, LocalDate date, LocalTime time) {
    }
}
