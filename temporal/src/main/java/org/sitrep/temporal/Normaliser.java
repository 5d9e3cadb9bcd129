package org.sitrep.temporal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.temporal.Resolution.Direction;

/**
 * Turns the named groups of a rule match into a TIMEX3 value and a calendar date. Rules in
 * rules.txt name one of these; an empty result rejects the match.
 */
enum Normaliser {

    /**
     * Day, month and year in words or figures, any of them optional: "Sept. 5", "2016-09-05 09:27", "in February";
     * or a holiday of fixed date (holidays.txt) with or without a year: "Christmas 2007".
     */
    CALENDAR_DATE {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            Integer year = groups.has("year") ? year(groups) : null;
            Integer month = groups.has("month") ? monthNumber(groups.get("month"), context) : null;
            Integer day = groups.has("day") ? Integer.parseInt(groups.get("day")) : null;
            if (groups.has("holiday")) {
                String[] monthDay = context.lexicons().holidays().value(groups.get("holiday")).split("-");
                month = Integer.parseInt(monthDay[0]);
                day = Integer.parseInt(monthDay[1]);
            }
            String time = groups.has("hour")
                    ? TimexValues.timeOfDay(Integer.parseInt(groups.get("hour")), Integer.parseInt(groups.get("minute")))
                    : groups.has("part") ? "T" + context.lexicons().partsOfDay().value(groups.get("part")) : "";
            TimexType type = time.isEmpty() ? context.ruleType() : TimexType.TIME;
            if (day != null && month == null) {
                // "on the 5th": a day of the month mentioned last, else of the reference's month
                Optional<LocalDate> monthOf = context.anchorAt(DatePrecision.MONTH)
                        .or(() -> context.hasReference() ? Optional.of(context.referenceDay()) : Optional.empty());
                if (monthOf.isEmpty()) {
                    return Optional.of(unresolved(type, String.format(Locale.ROOT, "XXXX-XX-%02d", day) + time, Direction.BY_WORDING));
                }
                year = monthOf.get().getYear();
                month = monthOf.get().getMonthValue();
            }
            if (day != null) {
                return dayOfMonth(year, month, day, time, type, context);
            }
            if (month != null && year != null) {
                YearMonth period = YearMonth.of(year, month);
                return Optional.of(new Resolution(type, TimexValues.month(period),
                        explicit(period.atDay(1), DatePrecision.MONTH), Direction.BY_DATE));
            }
            if (year != null) {
                return Optional.of(new Resolution(type, TimexValues.year(year),
                        explicit(LocalDate.of(year, 1, 1), DatePrecision.YEAR), Direction.BY_DATE));
            }
            if (month == null) {
                return Optional.empty();
            }
            if (groups.has("yeardir")) {
                return Optional.of(monthOfRelativeYear(month, groups.get("yeardir"), type, context));
            }
            String direction = groups.get("dir");
            Direction lexical = lexicalDirection(direction);
            Optional<Integer> resolvedYear = yearOfPeriod(month, direction, context);
            if (resolvedYear.isEmpty()) {
                return Optional.of(unresolved(type, String.format(Locale.ROOT, "XXXX-%02d", month), lexical));
            }
            YearMonth period = YearMonth.of(resolvedYear.get(), month);
            return Optional.of(new Resolution(type, TimexValues.month(period),
                    explicit(period.atDay(1), DatePrecision.MONTH), lexical));
        }

        private Optional<Resolution> dayOfMonth(Integer year, int month, int day, String time, TimexType type,
                                                ResolutionContext context) {
            // in a narrative the year is the anchor's; a day that year lacks ("February 29") then stays unanchored
            boolean narrativeYear = year == null && context.narrative();
            if (narrativeYear) {
                year = context.anchor().date().getYear();
            }
            if (year == null && !context.hasReference()) {
                return validDate(2000, month, day).isEmpty() ? Optional.empty() // 2000 is a leap year: Feb 29 passes
                        : Optional.of(unresolved(type, String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day) + time,
                        Direction.BY_WORDING));
            }
            Optional<LocalDate> date = year != null ? validDate(year, month, day) : nearestOccurrence(month, day, context);
            if (date.isEmpty() && !narrativeYear) {
                // a day the month does not have ("31 February 2016"): a date, but none that can be placed, rather
                // than its month or a neighbouring day
                return Optional.of(new Resolution(type, "XXXX-XX-XX" + time, null, Direction.BY_WORDING,
                        TimeMention.NO_SUCH_DAY));
            }
            return date.map(d -> new Resolution(type, TimexValues.day(d) + time, explicit(d, DatePrecision.DAY),
                    Direction.BY_DATE));
        }

        /** "October of next year": the month in the year that many years from the reference's (or the anchor's). */
        private Resolution monthOfRelativeYear(int month, String yearDirection, TimexType type, ResolutionContext context) {
            int offset = Integer.parseInt(context.lexicons().directions().value(yearDirection));
            Optional<LocalDate> base = context.deicticDay(DatePrecision.YEAR);
            if (base.isEmpty()) {
                return unresolved(type, String.format(Locale.ROOT, "XXXX-%02d", month), Direction.BY_DATE);
            }
            YearMonth period = YearMonth.of(base.get().getYear() + offset, month);
            return new Resolution(type, TimexValues.month(period), explicit(period.atDay(1), DatePrecision.MONTH), Direction.BY_DATE);
        }

        /**
         * A day and month without a year: the occurrence closest to the reference day; under future wording none
         * before it, and in a clause in the past tense none more than a month after it ("attacked on Christmas Eve"
         * written in September is last year's; "was postponed to Sept. 12" may still be days ahead).
         */
        private Optional<LocalDate> nearestOccurrence(int month, int day, ResolutionContext context) {
            LocalDate reference = context.referenceDay();
            Optional<LocalDate> nearest = Optional.empty();
            for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
                Optional<LocalDate> candidate = validDate(year, month, day);
                boolean excluded = candidate.isPresent() && (context.futureWording() && candidate.get().isBefore(reference)
                        || context.pastTense() && candidate.get().isAfter(reference.plusMonths(1)));
                if (candidate.isPresent() && !excluded
                        && (nearest.isEmpty() || distance(candidate.get(), reference) < distance(nearest.get(), reference))) {
                    nearest = candidate;
                }
            }
            return nearest;
        }
    },

    /**
     * Figures separated by slashes, 5/9/2016: the order the numbers allow; when both orders are valid
     * dates, day first (unless configured otherwise) — but a report does not date past events after its
     * own publication, so a conventional reading after the reference yields to the other one.
     */
    NUMERIC_DATE {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            int first = Integer.parseInt(groups.get("first"));
            int second = Integer.parseInt(groups.get("second"));
            int year = TimexValues.parseYear(groups.get("year"));
            Optional<LocalDate> dayMonth = validDate(year, second, first);
            Optional<LocalDate> monthDay = validDate(year, first, second);
            Optional<LocalDate> date;
            if (dayMonth.isPresent() && monthDay.isPresent() && !dayMonth.get().equals(monthDay.get())) {
                date = Optional.of(preferredReading(dayMonth.get(), monthDay.get(), context));
            } else {
                date = dayMonth.isPresent() ? dayMonth : monthDay;
            }
            return date.map(d -> new Resolution(context.ruleType(), TimexValues.day(d),
                    explicit(d, DatePrecision.DAY), Direction.BY_DATE));
        }

        private LocalDate preferredReading(LocalDate dayFirst, LocalDate monthFirst, ResolutionContext context) {
            LocalDate conventional = context.dayFirst() ? dayFirst : monthFirst;
            LocalDate other = context.dayFirst() ? monthFirst : dayFirst;
            if (context.reference() == null || context.futureWording()) {
                return conventional;
            }
            LocalDate reference = context.reference().toLocalDate();
            return conventional.isAfter(reference) && !other.isAfter(reference) ? other : conventional;
        }
    },

    /** "the first quarter of 2009", "the third quarter of this year", "the second half of 2008" (2008-H2). */
    QUARTER {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            boolean half = groups.has("half");
            int ordinal = switch (groups.get("ordinal").toLowerCase(Locale.ROOT)) {
                case "first" -> 1;
                case "second", "latter" -> 2;
                case "third" -> 3;
                default -> 4;
            };
            // a half year is two quarters: its first quarter settles the year, its value is H1 or H2
            int quarter = half ? 2 * ordinal - 1 : ordinal;
            String code = half ? "H" + ordinal : "Q" + quarter;
            Integer year = null;
            if (groups.has("year")) {
                year = TimexValues.parseYear(groups.get("year"));
            } else if (groups.has("dir")) {
                int offset = Integer.parseInt(context.lexicons().directions().value(groups.get("dir")));
                year = context.deicticDay(DatePrecision.YEAR).map(day -> day.getYear() + offset).orElse(null);
            } else {
                // "rose in the fourth quarter", written in March: the last fourth quarter, like a month name
                year = yearOfPeriod(3 * quarter - 2, null, context).orElse(null);
            }
            if (year == null) {
                return Optional.of(unresolved(context.ruleType(), "XXXX-" + code, Direction.BY_WORDING));
            }
            // a quarter is a three-month period like a season; DatePrecision has no finer level for it
            return Optional.of(new Resolution(context.ruleType(), TimexValues.year(year) + "-" + code,
                    explicit(LocalDate.of(year, 3 * quarter - 2, 1), DatePrecision.SEASON), Direction.BY_DATE));
        }
    },

    /**
     * Decades and centuries, TIMEX3 values with the lesser figures left out: "the 1990s" 199, "the '70s" 197
     * (a two-figure decade is of the 1900s), "the 19th century" 18, "the 470s BC" BC047. No calendar date: the
     * model has no precision coarser than a year.
     */
    PERIOD_OF_YEARS {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String figures;
            if (groups.has("decade")) {
                figures = String.format(Locale.ROOT, "%03d", Integer.parseInt(groups.get("decade")));
            } else if (groups.has("shortdecade")) {
                figures = "19" + groups.get("shortdecade");
            } else {
                figures = String.format(Locale.ROOT, "%02d", Integer.parseInt(groups.get("century")) - 1);
            }
            return Optional.of(unresolved(context.ruleType(), (groups.has("bc") ? "BC" : "") + figures, Direction.BY_WORDING));
        }
    },

    /** "yesterday", "last night", "this morning", "tomorrow evening". */
    RELATIVE_DAY {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            Lexicon relativeDays = context.lexicons().relativeDays();
            String relativeDay = groups.get("relday");
            int offset = Integer.parseInt(relativeDays.value(relativeDay));
            String partOfDay = groups.has("part")
                    ? context.lexicons().partsOfDay().value(groups.get("part"))
                    : relativeDays.field(relativeDay, 1).orElse(null);
            Direction direction = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.BY_WORDING;
            return Optional.of(onDay(context.deicticDay(DatePrecision.DAY).map(day -> day.plusDays(offset)).orElse(null),
                    partOfDay, context, direction));
        }
    },

    /** "(on) Monday", "last Friday", "Friday morning". */
    WEEKDAY {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String partOfDay = groups.has("part") ? context.lexicons().partsOfDay().value(groups.get("part")) : null;
            WeekdayAnchor anchor = weekdayAnchor(groups.get("weekday"), groups.get("dir"), context);
            return Optional.of(anchor.day() == null
                    ? unresolved(partOfDay == null ? context.ruleType() : TimexType.TIME,
                    "XXXX-WXX-" + anchor.isoDay() + (partOfDay == null ? "" : "T" + partOfDay), anchor.direction())
                    : onDay(anchor.day(), partOfDay, context, anchor.direction()));
        }
    },

    /** "two days ago", "a year ago". */
    UNITS_AGO {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            Unit unit = Unit.of(groups.get("unit"), context);
            Optional<Integer> count = count(groups.get("num"), context);
            Optional<LocalDate> base = context.deicticDay(unit.precision());
            if (count.isEmpty() || base.isEmpty()) {
                return Optional.of(unresolved(context.ruleType(), "PAST_REF", Direction.PAST));
            }
            int amount = count.get() * unit.multiplier();
            return switch (unit.code()) {
                case "H", "MIN" -> {
                    if (!context.hasReference()) {
                        yield Optional.of(unresolved(context.ruleType(), "PAST_REF", Direction.PAST));
                    }
                    LocalDateTime reference = context.reference();
                    LocalDateTime time = unit.code().equals("H") ? reference.minusHours(amount) : reference.minusMinutes(amount);
                    yield Optional.of(new Resolution(TimexType.TIME,
                            TimexValues.day(time.toLocalDate()) + TimexValues.timeOfDay(time.getHour(), time.getMinute()),
                            explicit(time.toLocalDate(), DatePrecision.DAY), Direction.PAST));
                }
                default -> shifted(base.get(), unit, -amount, null, context, Direction.PAST);
            };
        }
    },

    /** "last week", "this month", "next year", "the beginning of last month", "this weekend". */
    RELATIVE_UNIT {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            Unit unit = Unit.of(groups.get("unit"), context);
            int offset = Integer.parseInt(context.lexicons().directions().value(groups.get("dir")));
            Direction direction = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.BY_WORDING;
            if (unit.multiplier() != 1) {
                return Optional.empty();
            }
            if (groups.get("unit").toLowerCase(Locale.ROOT).endsWith("s")) {
                return Optional.empty(); // "the coming years" is a vague length of time, not next year
            }
            if (unit.code().equals("D")) {
                return Optional.empty();
            }
            Optional<LocalDate> reference = context.deicticDay(unit.precision());
            return reference.isEmpty()
                    ? Optional.of(unresolved(context.ruleType(), unit.unknownValue(), direction))
                    : shifted(reference.get(), unit, offset, null, context, direction);
        }
    },

    /** "last summer", "in the spring", "winter 2015". */
    SEASON {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            Lexicon seasons = context.lexicons().seasons();
            String season = groups.get("season");
            String code = seasons.value(season);
            int startMonth = Integer.parseInt(seasons.field(season, 1).orElseThrow());
            String direction = groups.get("dir");
            Direction lexical = groups.has("year") ? Direction.BY_DATE : lexicalDirection(direction);
            int year;
            if (groups.has("year")) {
                year = TimexValues.parseYear(groups.get("year"));
            } else {
                Optional<Integer> ofPeriod = yearOfPeriod(startMonth, direction, context);
                if (ofPeriod.isEmpty()) {
                    return Optional.of(unresolved(context.ruleType(), "XXXX-" + code, lexical));
                }
                year = ofPeriod.get();
            }
            return Optional.of(new Resolution(context.ruleType(), TimexValues.year(year) + "-" + code,
                    explicit(LocalDate.of(year, startMonth, 1), DatePrecision.SEASON), lexical));
        }
    },

    /** A counted unit: "three weeks", "the past two days", "a 27-year contract", "the past decade". */
    DURATION {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            Unit unit = Unit.of(groups.get("unit"), context);
            String amount;
            if (!groups.has("num")) {
                // "the past decade" is one of its unit, "the past years" an unstated number
                amount = groups.get("unit").toLowerCase(Locale.ROOT).endsWith("s") ? "X" : String.valueOf(unit.multiplier());
            } else {
                String number = groups.get("num");
                boolean half = groups.has("half") || groups.has("half2");
                Optional<BigDecimal> counted = number.chars().allMatch(c -> Character.isDigit(c) || c == '.')
                        ? Optional.of(new BigDecimal(number))
                        : count(number, context).map(BigDecimal::valueOf);
                amount = counted.map(n -> half ? n.add(HALF) : n)
                        .map(n -> scaled(n, unit.multiplier()))
                        .orElse("X");
            }
            return Optional.of(unresolved(context.ruleType(), unit.durationValue(amount), Direction.BY_WORDING));
        }

        private static final BigDecimal HALF = new BigDecimal("0.5");

        /** The amount in the unit's TIMEX3 code ("1.5 decades" is 15 Y), as written when it needs no scaling. */
        private String scaled(BigDecimal amount, int multiplier) {
            BigDecimal value = multiplier == 1 ? amount : amount.multiply(BigDecimal.valueOf(multiplier));
            return multiplier == 1 && amount.scale() <= 0 ? amount.toPlainString() : value.stripTrailingZeros().toPlainString();
        }
    },

    /** A bare plural unit, an unspecified length: "within weeks", "for years". Singular units are rejected. */
    VAGUE_DURATION {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String surface = groups.get("unit");
            if (!surface.toLowerCase(Locale.ROOT).endsWith("s")) {
                return Optional.empty();
            }
            Unit unit = Unit.of(surface, context);
            String value = unit.multiplier() == 10 && unit.code().equals("Y") ? "PXDE" : unit.durationValue("X");
            return Optional.of(unresolved(context.ruleType(), value, Direction.BY_WORDING));
        }
    },

    /** "every day", "each Monday", "weekly", "twice a week". */
    SET {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String value;
            if (groups.has("setword")) {
                value = context.lexicons().setWords().value(groups.get("setword"));
            } else if (groups.has("weekday")) {
                value = "XXXX-WXX-" + isoDay(groups.get("weekday"), context);
            } else if (groups.has("part")) {
                value = "XXXX-XX-XXT" + context.lexicons().partsOfDay().value(groups.get("part"));
            } else {
                Unit unit = Unit.of(groups.get("unit"), context);
                String amount = groups.has("num")
                        ? count(groups.get("num"), context).map(n -> String.valueOf(n * unit.multiplier())).orElse("X")
                        : String.valueOf(unit.multiplier());
                value = unit.durationValue(amount);
            }
            return Optional.of(unresolved(context.ruleType(), value, Direction.BY_WORDING));
        }
    },

    /** "at 9am", "6:40 p.m.", "18:00 UTC Monday", "noon". */
    TIME_OF_DAY {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            int hour = groups.has("noon") ? 12 : Integer.parseInt(groups.get("hour"));
            int minute = groups.has("minute") ? Integer.parseInt(groups.get("minute")) : 0;
            if (groups.has("ampm")) {
                boolean afternoon = Character.toLowerCase(groups.get("ampm").charAt(0)) == 'p';
                hour = hour % 12 + (afternoon ? 12 : 0);
            }
            String zone = groups.has("zone") && !groups.get("zone").toLowerCase(Locale.ROOT).startsWith("local") ? "Z" : "";
            String time = TimexValues.timeOfDay(hour, minute) + zone;
            LocalDate day = null;
            Direction direction = Direction.BY_WORDING;
            if (groups.has("weekday")) {
                WeekdayAnchor anchor = weekdayAnchor(groups.get("weekday"), null, context);
                day = anchor.day();
                direction = anchor.direction();
            } else if (!groups.has("relday") && context.anchorAt(DatePrecision.DAY).isPresent()) {
                // a bare clock time belongs to the day mentioned last ("On 16 March, ... at about 9 pm")
                day = context.anchorAt(DatePrecision.DAY).get();
            } else if (context.deicticDay(DatePrecision.DAY).isPresent()) {
                int offset = groups.has("relday")
                        ? Integer.parseInt(context.lexicons().relativeDays().value(groups.get("relday"))) : 0;
                day = context.deicticDay(DatePrecision.DAY).get().plusDays(offset);
                direction = offset < 0 ? Direction.PAST : offset > 0 ? Direction.FUTURE : Direction.BY_WORDING;
            }
            return Optional.of(day == null
                    ? unresolved(TimexType.TIME, "XXXX-XX-XX" + time, direction)
                    : new Resolution(TimexType.TIME, TimexValues.day(day) + time, explicit(day, DatePrecision.DAY), direction));
        }
    },

    /**
     * Anaphoric expressions, counted from the date mentioned last (TempEval and WikiWars convention), else from
     * the reference: "the next day", "two weeks later", "that year", "the same month", "the following
     * morning", "the previous year". The offset is the count (1 when none) in the direction of the modifier;
     * "that" and "the same" name the anchor's own period.
     */
    ANAPHORIC {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String partOfDay = groups.has("part") ? context.lexicons().partsOfDay().value(groups.get("part")) : null;
            Unit unit = groups.has("unit") ? Unit.of(groups.get("unit"), context) : new Unit("D", 1);
            if (unit.precision() == DatePrecision.DAY && !unit.code().equals("D")) {
                return Optional.empty();
            }
            int sign = groups.has("dir") ? Integer.parseInt(context.lexicons().anaphoricDirections().value(groups.get("dir"))) : 0;
            Optional<Integer> count = groups.has("num") ? count(groups.get("num"), context) : Optional.of(1);
            Optional<LocalDate> anchor = context.anchorAt(unit.precision())
                    .or(() -> context.hasReference() ? Optional.of(context.referenceDay()) : Optional.empty());
            if (anchor.isEmpty() || count.isEmpty()) {
                String unknown = partOfDay == null ? unit.unknownValue() : unit.unknownValue() + "T" + partOfDay;
                return Optional.of(unresolved(partOfDay == null ? context.ruleType() : TimexType.TIME, unknown, Direction.BY_DATE));
            }
            return shifted(anchor.get(), unit, sign * count.get() * unit.multiplier(), partOfDay, context, Direction.BY_DATE);
        }
    },

    /**
     * The same period a number of years back: "the same month a year ago", "the same period last year". A named
     * unit takes the last mentioned date at that unit's precision; "period" and "time" take the last mentioned date
     * as it was given; without one, the reference.
     */
    SAME_PERIOD_BACK {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String surface = groups.get("unit").toLowerCase(Locale.ROOT);
            boolean anchorsOwn = surface.equals("period") || surface.equals("time");
            Optional<Integer> years = groups.has("num") ? count(groups.get("num"), context) : Optional.of(1);
            Optional<EventDate> anchor;
            if (anchorsOwn) {
                anchor = Optional.ofNullable(context.anchor());
            } else {
                Unit unit = Unit.of(surface, context);
                anchor = context.anchorAt(unit.precision()).map(day -> new EventDate(day, unit.precision(), true));
            }
            if (anchor.isEmpty() && context.hasReference()) {
                anchor = Optional.of(new EventDate(context.referenceDay(),
                        anchorsOwn ? DatePrecision.DAY : Unit.of(surface, context).precision(), true));
            }
            if (anchor.isEmpty() || years.isEmpty()) {
                return Optional.of(unresolved(context.ruleType(), "XXXX", Direction.PAST));
            }
            LocalDate day = anchor.get().date().minusYears(years.get());
            return Optional.of(switch (anchor.get().precision()) {
                case DAY -> onDay(day, null, context, Direction.PAST);
                case WEEK -> week(day, context, Direction.PAST);
                case MONTH -> month(YearMonth.from(day), context, Direction.PAST);
                // a quarter begins in January, April, July or October; a season given as such is left at its year
                case SEASON -> !anchorsOwn || day.getMonthValue() % 3 == 1
                        ? new Resolution(context.ruleType(), TimexValues.quarter(day.getYear(), (day.getMonthValue() + 2) / 3),
                        explicit(day.withDayOfMonth(1).withMonth(day.getMonthValue() - (day.getMonthValue() - 1) % 3),
                                DatePrecision.SEASON), Direction.PAST)
                        : year(day.getYear(), context, Direction.PAST);
                default -> year(day.getYear(), context, Direction.PAST);
            });
        }
    },

    /** "now", "recently", "in the future". */
    REFERENCE_WORD {
        @Override
        Optional<Resolution> resolve(Groups groups, ResolutionContext context) {
            String value = context.lexicons().referenceWords().value(groups.get("refword"));
            // "soon" needs future wording ("was soon divided" is not ahead of now); "in the future" names its time
            if (value.equals("FUTURE_REF") && !context.futureWording() && !groups.has("settled")) {
                return Optional.empty();
            }
            Direction direction = switch (value) {
                case "PAST_REF" -> Direction.PAST;
                case "FUTURE_REF" -> Direction.FUTURE;
                default -> Direction.BY_WORDING;
            };
            return Optional.of(unresolved(context.ruleType(), value, direction));
        }
    };

    abstract Optional<Resolution> resolve(Groups groups, ResolutionContext context);

    /** A unit from units.txt: its TIMEX3 code and how many of that code one of it is (a decade is 10 Y). */
    private record Unit(String code, int multiplier) {
        static Unit of(String surface, ResolutionContext context) {
            Lexicon units = context.lexicons().units();
            return new Unit(units.value(surface), units.field(surface, 1).map(Integer::parseInt).orElse(1));
        }

        /** The precision of a date one of this unit long. */
        DatePrecision precision() {
            return switch (code) {
                case "W", "WE" -> DatePrecision.WEEK;
                case "M" -> DatePrecision.MONTH;
                case "Q" -> DatePrecision.SEASON;
                case "Y" -> DatePrecision.YEAR;
                default -> DatePrecision.DAY;
            };
        }

        /** The value of a period of this unit that cannot be placed on the calendar: XXXX-WXX, XXXX. */
        String unknownValue() {
            return switch (code) {
                case "W" -> "XXXX-WXX";
                case "WE" -> "XXXX-WXX-WE";
                case "M" -> "XXXX-XX";
                case "Q" -> "XXXX-QX";
                case "Y" -> "XXXX";
                default -> "XXXX-XX-XX";
            };
        }

        /** P3W, PT12H, P2WE, PXD. */
        String durationValue(String amount) {
            return switch (code) {
                case "H" -> "PT" + amount + "H";
                case "MIN" -> "PT" + amount + "M";
                default -> "P" + amount + code;
            };
        }
    }

    /**
     * The period of {@code unit} that lies {@code offset} units from the one holding {@code base}: the day, the
     * ISO week, its weekend, the month, the quarter or the year. Empty for units finer than a day.
     */
    private static Optional<Resolution> shifted(LocalDate base, Unit unit, int offset, String partOfDay,
                                                ResolutionContext context, Direction direction) {
        return switch (unit.code()) {
            case "D" -> Optional.of(onDay(base.plusDays(offset), partOfDay, context, direction));
            case "W" -> Optional.of(week(base.plusWeeks(offset), context, direction));
            case "WE" -> {
                LocalDate saturday = TimexValues.mondayOf(base).plusWeeks(offset).plusDays(5);
                yield Optional.of(new Resolution(context.ruleType(), TimexValues.week(saturday) + "-WE",
                        explicit(saturday, DatePrecision.WEEK), direction));
            }
            case "M" -> Optional.of(month(YearMonth.from(base).plusMonths(offset), context, direction));
            case "Q" -> {
                LocalDate start = base.withDayOfMonth(1).withMonth(3 * ((base.getMonthValue() - 1) / 3) + 1)
                        .plusMonths(3L * offset);
                yield Optional.of(new Resolution(context.ruleType(),
                        TimexValues.quarter(start.getYear(), (start.getMonthValue() + 2) / 3),
                        explicit(start, DatePrecision.SEASON), direction));
            }
            case "Y" -> Optional.of(year(base.getYear() + offset, context, direction));
            default -> Optional.empty();
        };
    }

    /**
     * The year of a yearly period (a month, a season, a quarter) named without one: in a narrative without a
     * reference the year of the last mentioned date, shifted by "last"/"next"; otherwise the occurrence the
     * reference and the wording point to ({@link TimexValues#yearOfPeriod}). Empty when neither is known.
     */
    private static Optional<Integer> yearOfPeriod(int startMonth, String direction, ResolutionContext context) {
        if (context.narrative() && (direction == null || context.anchor().precision() == DatePrecision.YEAR)) {
            return Optional.of(context.anchor().date().getYear());
        }
        return context.deicticDay(DatePrecision.MONTH).map(day ->
                TimexValues.yearOfPeriod(startMonth, YearMonth.from(day), direction, context.futureWording()));
    }

    /** The day a weekday name points to (null without a reference), and how its future flag is decided. */
    private record WeekdayAnchor(int isoDay, LocalDate day, Direction direction) {
    }

    /**
     * "last Monday" is the latest before the reference day, "next Monday" the first after it; a bare
     * "Monday" is the latest on or before it, or under future wording the first after it.
     */
    private static WeekdayAnchor weekdayAnchor(String weekday, String direction, ResolutionContext context) {
        int isoDay = isoDay(weekday, context);
        String modifier = direction == null ? "" : direction.toLowerCase(Locale.ROOT);
        Direction lexical = switch (modifier) {
            case "last", "past" -> Direction.PAST;
            case "next", "coming" -> Direction.FUTURE;
            default -> Direction.BY_WORDING;
        };
        Optional<LocalDate> base = context.deicticDay(DatePrecision.DAY);
        if (base.isEmpty()) {
            return new WeekdayAnchor(isoDay, null, lexical);
        }
        DayOfWeek day = DayOfWeek.of(isoDay);
        LocalDate reference = base.get();
        boolean forward = lexical == Direction.FUTURE || (lexical == Direction.BY_WORDING && context.futureWording());
        LocalDate resolved = switch (lexical) {
            case PAST -> reference.with(TemporalAdjusters.previous(day));
            default -> forward ? reference.with(TemporalAdjusters.next(day))
                    : reference.with(TemporalAdjusters.previousOrSame(day));
        };
        return new WeekdayAnchor(isoDay, resolved, lexical);
    }

    private static int isoDay(String weekday, ResolutionContext context) {
        return Integer.parseInt(context.lexicons().weekdays().value(weekday));
    }

    /**
     * A year in figures: two figures completed by the century of a range's first year ("1915-17") or by
     * {@link TimexValues#parseYear}; before Christ as the astronomical year (499 BC is -498, so that 1 BC is 0).
     */
    private static int year(Groups groups) {
        String figures = groups.get("year");
        int year = groups.has("hundreds") ? 100 * Integer.parseInt(groups.get("hundreds")) + Integer.parseInt(figures)
                : groups.has("bc") ? Integer.parseInt(figures) : TimexValues.parseYear(figures);
        return groups.has("bc") ? 1 - year : year;
    }

    private static int monthNumber(String month, ResolutionContext context) {
        return Character.isDigit(month.charAt(0)) ? Integer.parseInt(month)
                : Integer.parseInt(context.lexicons().months().value(month));
    }

    /** A count in figures or words; empty for vague quantities ("several") and figures too large to be one. */
    private static Optional<Integer> count(String number, ResolutionContext context) {
        if (number.chars().allMatch(Character::isDigit)) {
            return number.length() > 4 ? Optional.empty() : Optional.of(Integer.parseInt(number));
        }
        String value = context.lexicons().numbers().value(number);
        return value.equals("X") ? Optional.empty() : Optional.of(Integer.parseInt(value));
    }

    private static Direction lexicalDirection(String modifier) {
        if (modifier == null) {
            return Direction.BY_WORDING;
        }
        return switch (modifier.toLowerCase(Locale.ROOT)) {
            case "last", "past" -> Direction.PAST;
            case "next", "coming" -> Direction.FUTURE;
            default -> Direction.BY_WORDING;
        };
    }

    private static Resolution onDay(LocalDate day, String partOfDay, ResolutionContext context, Direction direction) {
        TimexType type = partOfDay == null ? context.ruleType() : TimexType.TIME;
        String time = partOfDay == null ? "" : "T" + partOfDay;
        return day == null
                ? unresolved(type, "XXXX-XX-XX" + time, direction)
                : new Resolution(type, TimexValues.day(day) + time, explicit(day, DatePrecision.DAY), direction);
    }

    private static Resolution week(LocalDate anyDay, ResolutionContext context, Direction direction) {
        return new Resolution(context.ruleType(), TimexValues.week(anyDay),
                explicit(TimexValues.mondayOf(anyDay), DatePrecision.WEEK), direction);
    }

    private static Resolution month(YearMonth month, ResolutionContext context, Direction direction) {
        return new Resolution(context.ruleType(), TimexValues.month(month), explicit(month.atDay(1), DatePrecision.MONTH), direction);
    }

    private static Resolution year(int year, ResolutionContext context, Direction direction) {
        return new Resolution(context.ruleType(), TimexValues.year(year), explicit(LocalDate.of(year, 1, 1), DatePrecision.YEAR), direction);
    }

    private static Resolution unresolved(TimexType type, String value, Direction direction) {
        return new Resolution(type, value, null, direction);
    }

    private static EventDate explicit(LocalDate date, DatePrecision precision) {
        return new EventDate(date, precision, true);
    }

    private static Optional<LocalDate> validDate(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
