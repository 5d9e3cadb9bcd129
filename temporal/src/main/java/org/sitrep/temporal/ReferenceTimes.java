package org.sitrep.temporal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;

/** Finds the time a plain-text report was written, for reports that come without one. */
public final class ReferenceTimes {
    /** Publication dates and datelines sit in a report's header. */
    private static final int HEADER_LINES = 10;

    private static final Pattern LABEL = Pattern.compile(
            "^(?:first\\s+)?(?:published|posted|updated|last\\s+updated|date|dated)(?:\\s+(?:on|at))?\\s*[:\\-–—]?\\s*",
            Pattern.CASE_INSENSITIVE);
    /** What may remain on a date line besides the date and its time: separators, "at", time zones. */
    private static final Pattern DATE_LINE_FILLER = Pattern.compile(
            "[\\s,|·•\\-–—()]*(?:(?:at|on|UTC|GMT|BST|CET|CEST|EET|EEST|EST|EDT|PST|PDT|local\\s+time|[+-][0-9]{2}:?[0-9]{2})[\\s,|·•\\-–—()]*)*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\b([01]?[0-9]|2[0-3])[:.]([0-5][0-9])\\b");
    /** "BEIRUT, Sept 5 (Reuters) -": a place in capitals, a day without a year, an agency, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\s.'’-]+,\\s+(?<date>[^()]{3,30}?)\\s*\\([^)]{2,30}\\)\\s*[-–—]");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)[0-9]{2}\\b");

    private ReferenceTimes() {
    }

    /**
     * The publication time written in the first lines of a report: a line that is only a date
     * ("September 5, 2016", "Published: 5 Sep 2016 09:00"), else a wire dateline whose year is
     * given elsewhere in the header ("BEIRUT, Sept 5 (Reuters) -"). Midnight when no time is given.
     */
    public static Optional<LocalDateTime> fromText(String text) {
        TemporalTagger tagger = DefaultTagger.INSTANCE;
        List<String> header = text.lines().limit(HEADER_LINES).toList();
        for (String line : header) {
            Optional<LocalDateTime> dated = dateLine(LABEL.matcher(line.strip()).replaceFirst(""), tagger);
            if (dated.isPresent()) {
                return dated;
            }
        }
        for (String line : header) {
            Matcher dateline = DATELINE.matcher(line.strip());
            if (dateline.find()) {
                Optional<LocalDateTime> dated = datelineDay(dateline.group("date"), String.join("\n", header), tagger);
                if (dated.isPresent()) {
                    return dated;
                }
            }
        }
        return Optional.empty();
    }

    /** A line that holds a day with its year and nothing else but an optional time of day. */
    private static Optional<LocalDateTime> dateLine(String line, TemporalTagger tagger) {
        List<TimeMention> days = tagger.tag(line, null).stream()
                .filter(m -> m.date() != null && m.date().precision() == DatePrecision.DAY)
                .toList();
        // a clock time after the day ("5 Sep 2016 09:00") is dated by it: one day still
        if (days.isEmpty() || days.stream().anyMatch(m -> !m.date().equals(days.getFirst().date()))) {
            return Optional.empty();
        }
        TimeMention day = days.getFirst();
        String rest = line.substring(0, day.start()) + " " + line.substring(day.end());
        Matcher time = TIME.matcher(rest);
        LocalTime timeOfDay = LocalTime.MIDNIGHT;
        if (time.find()) {
            timeOfDay = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            rest = rest.substring(0, time.start()) + " " + rest.substring(time.end()).replaceFirst("^\\s*(?i:[ap]\\.?m\\.?)", "");
        }
        if (!DATE_LINE_FILLER.matcher(rest).matches()) {
            return Optional.empty();
        }
        // a line with a clock time ("2016-09-05 09:27") has the time in the mention's value, not in the rest
        LocalTime mentionTime = day.value().matches(".*T[0-9]{2}:[0-9]{2}")
                ? LocalTime.parse(day.value().substring(day.value().indexOf('T') + 1))
                : timeOfDay;
        return Optional.of(day.date().date().atTime(mentionTime));
    }

    /** The day of a dateline, with the year taken from the first year written in the header. */
    private static Optional<LocalDateTime> datelineDay(String date, String header, TemporalTagger tagger) {
        Matcher year = YEAR.matcher(header);
        if (!year.find()) {
            return Optional.empty();
        }
        int headerYear = Integer.parseInt(year.group());
        return tagger.tag(date, null).stream()
                .filter(m -> m.value().matches("XXXX-[0-9]{2}-[0-9]{2}"))
                .findFirst()
                .flatMap(m -> {
                    try {
                        return Optional.of(LocalDate.parse(headerYear + m.value().substring(4)).atStartOfDay());
                    } catch (DateTimeParseException notInThatYear) {
                        return Optional.empty();
                    }
                });
    }

    /** The bundled tagger, built on first use; immutable, so one instance serves every caller. */
    private static final class DefaultTagger {
        static final TemporalTagger INSTANCE = RuleBasedTemporalTagger.loadDefault();
    }
}
