package org.sitrep.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication times that pages and feeds write: ISO 8601 (with or without offset), RFC 1123 as in RSS,
 * epoch seconds or milliseconds, and English datelines ("September 5, 2016", "5 Sep 2016 09:27"). A time keeps the
 * clock reading its publisher wrote, the offset dropped, as the command line does with --published.
 */
public final class PublishedTimes {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?");
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:\\s*(?:at\\s*)?(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})(?:,?\\s*(?:at\\s*)?(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?)?");

    /** A time written anywhere in the value, or empty. */
    public Optional<LocalDateTime> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDateTime());
        } catch (DateTimeParseException notRfc) {
            // fall through to the other layouts
        }
        if (v.matches("\\d{10}|\\d{13}")) {
            long seconds = v.length() == 13 ? Long.parseLong(v) / 1000 : Long.parseLong(v);
            return Optional.of(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), java.time.ZoneOffset.UTC).toLocalDateTime());
        }
        Matcher iso = ISO.matcher(v);
        if (iso.find()) {
            return build(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                    iso.group(4), iso.group(5), iso.group(6), null);
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(v);
        if (mdy.find()) {
            return month(mdy.group(1)).flatMap(m -> build(Integer.parseInt(mdy.group(3)), m, Integer.parseInt(mdy.group(2)),
                    mdy.group(4), mdy.group(5), null, mdy.group(6)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(v);
        if (dmy.find()) {
            return month(dmy.group(2)).flatMap(m -> build(Integer.parseInt(dmy.group(3)), m, Integer.parseInt(dmy.group(1)),
                    dmy.group(4), dmy.group(5), null, dmy.group(6)));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(m.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> build(int year, int month, int day, String hour, String minute, String second, String meridiem) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (hour == null) {
                return Optional.of(date.atStartOfDay());
            }
            int h = Integer.parseInt(hour);
            if (meridiem != null) {
                boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
                h = h % 12 + (pm ? 12 : 0);
            }
            return Optional.of(date.atTime(LocalTime.of(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
