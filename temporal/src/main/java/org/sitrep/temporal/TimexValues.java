package org.sitrep.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Formatting of TIMEX3 values and small calendar helpers shared by the normalisers. */
final class TimexValues {
    private TimexValues() {
    }

    static String day(LocalDate date) {
        return month(YearMonth.from(date)) + String.format(Locale.ROOT, "-%02d", date.getDayOfMonth());
    }

    static String month(YearMonth month) {
        return year(month.getYear()) + String.format(Locale.ROOT, "-%02d", month.getMonthValue());
    }

    /** Four figures; a year before Christ (astronomical year 0 or less) as TIMEX's BC0499. */
    static String year(int year) {
        return year > 0 ? String.format(Locale.ROOT, "%04d", year) : String.format(Locale.ROOT, "BC%04d", 1 - year);
    }

    /** ISO week value, 2016-W35. */
    static String week(LocalDate anyDayOfWeek) {
        return String.format(Locale.ROOT, "%d-W%02d",
                anyDayOfWeek.get(IsoFields.WEEK_BASED_YEAR), anyDayOfWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int quarter) {
        return year(year) + "-Q" + quarter;
    }

    static String timeOfDay(int hour, int minute) {
        return String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The year of the occurrence of a yearly period (a month, a season) that the speaker means.
     * "last" is the latest one that began before the reference month, "next" the first after it;
     * otherwise the one holding the reference month or the latest before it, or under future wording
     * the one holding it or the first after it.
     */
    static int yearOfPeriod(int startMonth, YearMonth reference, String direction, boolean futureWording) {
        int year = reference.getYear();
        int month = reference.getMonthValue();
        if (direction != null) {
            switch (direction.toLowerCase(Locale.ROOT)) {
                case "last", "past" -> {
                    return startMonth < month ? year : year - 1;
                }
                case "next", "coming" -> {
                    return startMonth > month ? year : year + 1;
                }
                case "this" -> {
                    return year;
                }
                default -> {
                    // any other modifier leaves the choice to the tense
                }
            }
        }
        if (futureWording) {
            return startMonth >= month ? year : year + 1;
        }
        return startMonth <= month ? year : year - 1;
    }

    /** Parses a year of two or four digits; two-digit years below 50 are taken as 20xx. */
    static int parseYear(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return year;
    }
}
