package org.sitrep.temporal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The word lists the rules and normalisers share, each loaded from its resource file. */
record Lexicons(
        Lexicon months,
        Lexicon weekdays,
        Lexicon numbers,
        Lexicon relativeDays,
        Lexicon partsOfDay,
        Lexicon units,
        Lexicon seasons,
        Lexicon directions,
        Lexicon anaphoricDirections,
        Lexicon setWords,
        Lexicon referenceWords,
        Lexicon futureCues,
        Lexicon tenseWords,
        Lexicon holidays) {

    static Lexicons loadDefault() {
        return new Lexicons(
                Lexicon.load("months.txt", true),
                Lexicon.load("weekdays.txt", true),
                Lexicon.load("numbers.txt", false),
                Lexicon.load("relative-days.txt", false),
                Lexicon.load("parts-of-day.txt", false),
                Lexicon.load("units.txt", false),
                Lexicon.load("seasons.txt", false),
                Lexicon.load("directions.txt", false),
                Lexicon.load("anaphoric-directions.txt", false),
                Lexicon.load("set-words.txt", false),
                Lexicon.load("reference-words.txt", false),
                Lexicon.load("future-cues.txt", false),
                Lexicon.load("tense-words.txt", false),
                Lexicon.load("holidays.txt", true));
    }

    /** The placeholders rule patterns may use, "%month" etc., mapped to their regex alternations. */
    Map<String, String> placeholders() {
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("month", months.pattern());
        placeholders.put("month_full", months.unabbreviatedPattern());
        placeholders.put("weekday", weekdays.pattern());
        placeholders.put("weekday_full", weekdays.unabbreviatedPattern());
        placeholders.put("number", numbers.pattern());
        placeholders.put("relday", relativeDays.pattern());
        placeholders.put("partofday", partsOfDay.pattern());
        placeholders.put("unit", units.pattern());
        placeholders.put("season", seasons.pattern());
        placeholders.put("direction", directions.pattern());
        placeholders.put("anaphor", anaphoricDirections.pattern());
        placeholders.put("setword", setWords.pattern());
        placeholders.put("refword", referenceWords.pattern());
        placeholders.put("holiday", holidays.pattern());
        return placeholders;
    }
}
