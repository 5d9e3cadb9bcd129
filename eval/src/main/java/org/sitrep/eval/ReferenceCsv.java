package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a reference CSV in either of two layouts, told apart by the header:
 * <ul>
 *   <li>GTD: {@code summary}, {@code year}/{@code month}/{@code day}, {@code country_txt}, {@code provstate},
 *       {@code city}, coordinates, {@code attacktype1_txt}, {@code weaptype1_txt}, {@code gname}, {@code nkill};
 *       ACLED types are derived by {@code gtd-acled-event-types.tsv}; the injured are read from {@code nwound}
 *       and civilian targeting from {@code targtype1_txt} by {@code gtd-civilian-targets.tsv} where the file has
 *       those columns;</li>
 *   <li>ACLED: {@code notes}, {@code event_date}, {@code event_type}, {@code sub_event_type}, {@code actor1},
 *       {@code country}, {@code admin1}, {@code location}, coordinates, {@code fatalities}; civilian targeting
 *       from {@code civilian_targeting} where the file has it (ACLED writes "Civilian targeting" or nothing).
 *       ACLED does not count the injured.</li>
 * </ul>
 * The delimiter is taken from an Excel {@code sep=X} first line when there is one, else it is whichever of
 * {@code ;} and {@code ,} the header line holds more of.
 */
public final class ReferenceCsv {
    private static final List<String> GTD_COLUMNS = List.of("eventid", "summary", "year", "month", "day",
            "country_txt", "provstate", "city", "latitude", "longitude", "attacktype1_txt", "weaptype1_txt",
            "gname", "nkill");
    private static final List<String> ACLED_COLUMNS = List.of("notes", "event_date", "event_type",
            "sub_event_type", "actor1", "country", "admin1", "location", "latitude", "longitude", "fatalities");
    /** Spellings of "not known" in GTD cells (GTD uses -9 and -99 as unknown codes in numeric columns). */
    private static final Set<String> UNKNOWN_CELLS = Set.of("", "n/a", "na", "unknown", "-9", "-99");
    private static final String EXCEL_SEPARATOR_LINE = "sep=";
    /** The header line is read twice (once to detect the delimiter); GTD headers are about 1,000 characters. */
    private static final int HEADER_READ_AHEAD = 1 << 20;
    private static final List<DateTimeFormatter> ACLED_DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private ReferenceCsv() {
    }

    /**
     * @throws IllegalArgumentException naming the file when the header fits neither layout, or when a row is
     *                                  malformed (unbalanced quotes, wrong field count, unreadable number or date)
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static List<ReferenceIncident> read(Path csv) {
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            char delimiter = consumeSeparatorLineOrDetect(reader);
            // DEFAULT is RFC 4180 that also skips blank lines, which spreadsheet exports leave at the end
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true)
                    .build();
            try (CSVParser parser = format.parse(reader)) {
                List<String> header = parser.getHeaderNames();
                Function<CSVRecord, ReferenceIncident> rowReader = rowReaderFor(csv, header);
                List<ReferenceIncident> incidents = new ArrayList<>();
                for (CSVRecord row : parser) {
                    if (!row.isConsistent()) {
                        throw new IllegalArgumentException(csv + ": row " + row.getRecordNumber() + " has "
                                + row.size() + " fields, the header has " + header.size());
                    }
                    incidents.add(rowReader.apply(row));
                }
                return List.copyOf(incidents);
            }
        } catch (CSVException e) {
            throw malformed(csv, e);
        } catch (UncheckedIOException e) {
            // the parser's iterator wraps its syntax errors
            if (e.getCause() instanceof CSVException syntaxError) {
                throw malformed(csv, syntaxError);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    private static IllegalArgumentException malformed(Path csv, CSVException e) {
        return new IllegalArgumentException(csv + ": malformed CSV: " + e.getMessage(), e);
    }

    private static char consumeSeparatorLineOrDetect(BufferedReader reader) throws IOException {
        reader.mark(HEADER_READ_AHEAD);
        String firstLine = reader.readLine();
        if (firstLine == null) {
            return ',';
        }
        firstLine = firstLine.replace("\uFEFF", "");
        if (firstLine.startsWith(EXCEL_SEPARATOR_LINE) && firstLine.length() > EXCEL_SEPARATOR_LINE.length()) {
            return firstLine.charAt(EXCEL_SEPARATOR_LINE.length());
        }
        reader.reset();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Function<CSVRecord, ReferenceIncident> rowReaderFor(Path csv, List<String> header) {
        List<String> columns = header.stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
        List<String> missingGtd = GTD_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (missingGtd.isEmpty()) {
            GtdEventTypes types = GtdEventTypes.load();
            GtdCivilianTargets civilianTargets = GtdCivilianTargets.load();
            return row -> gtdIncident(new Row(csv, row, columns), types, civilianTargets);
        }
        List<String> missingAcled = ACLED_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (missingAcled.isEmpty()) {
            return row -> acledIncident(new Row(csv, row, columns));
        }
        throw new IllegalArgumentException(csv + ": the header fits neither the GTD layout (missing "
                + missingGtd + ") nor the ACLED layout (missing " + missingAcled + ")");
    }

    private static ReferenceIncident gtdIncident(Row row, GtdEventTypes types, GtdCivilianTargets civilianTargets) {
        AcledType type = types.classify(row::raw).orElse(null);
        return new ReferenceIncident(
                row.required("eventid"),
                row.text("summary"),
                gtdDate(row),
                row.known("country_txt"),
                row.known("provstate"),
                row.known("city"),
                row.decimal("latitude"),
                row.decimal("longitude"),
                type == null ? null : type.eventType(),
                type == null ? null : type.subEventType(),
                row.known("gname"),
                row.count("nkill"),
                row.count("nwound"),
                civilianTargets.civilianTargeting(row.known("targtype1_txt")).orElse(null));
    }

    /** GTD writes 0 for an unknown month or day; such an incident has no day to score a date against. */
    private static LocalDate gtdDate(Row row) {
        Integer year = row.count("year");
        Integer month = row.count("month");
        Integer day = row.count("day");
        if (year == null || month == null || day == null || month == 0 || day == 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw row.invalid("year/month/day", year + "/" + month + "/" + day);
        }
    }

    private static ReferenceIncident acledIncident(Row row) {
        String id = row.has("event_id_cnty") ? row.known("event_id_cnty") : null;
        return new ReferenceIncident(
                id != null ? id : "row-" + row.number(),
                row.text("notes"),
                acledDate(row),
                row.known("country"),
                row.known("admin1"),
                row.known("location"),
                row.decimal("latitude"),
                row.decimal("longitude"),
                row.known("event_type"),
                row.known("sub_event_type"),
                row.known("actor1"),
                row.count("fatalities"),
                // ACLED does not count the injured
                null,
                row.has("civilian_targeting") ? row.known("civilian_targeting") != null : null);
    }

    private static LocalDate acledDate(Row row) {
        String cell = row.known("event_date");
        if (cell == null) {
            return null;
        }
        for (DateTimeFormatter format : ACLED_DATE_FORMATS) {
            try {
                return LocalDate.parse(cell, format);
            } catch (DateTimeParseException notThisFormat) {
                // the next format may fit
            }
        }
        throw row.invalid("event_date", cell);
    }

    /** One data row with its file and header, so that every error can say where it is. */
    private record Row(Path csv, CSVRecord record, List<String> columns) {
        long number() {
            return record.getRecordNumber();
        }

        boolean has(String column) {
            return columns.contains(column);
        }

        /** The cell as written, or null when the file has no such column. */
        String raw(String column) {
            int index = columns.indexOf(column);
            return index < 0 ? null : record.get(index);
        }

        /** The stripped cell, or null when it is empty or one of the spellings of "unknown". */
        String known(String column) {
            String cell = raw(column);
            if (cell == null) {
                return null;
            }
            String stripped = cell.strip();
            return UNKNOWN_CELLS.contains(stripped.toLowerCase(Locale.ROOT)) ? null : stripped;
        }

        String required(String column) {
            String cell = known(column);
            if (cell == null) {
                throw invalid(column, raw(column));
            }
            return cell;
        }

        /** Report text: kept even when empty, because an empty text is a miss the extractor should be scored on. */
        String text(String column) {
            String cell = raw(column);
            return cell == null || cell.strip().equalsIgnoreCase("N/A") ? "" : cell.strip();
        }

        Double decimal(String column) {
            String cell = known(column);
            if (cell == null) {
                return null;
            }
            try {
                return Double.valueOf(cell);
            } catch (NumberFormatException e) {
                throw invalid(column, cell);
            }
        }

        /** A non-negative count; negative GTD codes other than -9/-99 are unknown too. */
        Integer count(String column) {
            String cell = known(column);
            if (cell == null) {
                return null;
            }
            try {
                // some exports write counts as decimals ("3.0")
                double value = Double.parseDouble(cell);
                if (value != Math.rint(value)) {
                    throw invalid(column, cell);
                }
                return value < 0 ? null : (int) value;
            } catch (NumberFormatException e) {
                throw invalid(column, cell);
            }
        }

        IllegalArgumentException invalid(String column, String cell) {
            return new IllegalArgumentException(csv + ": row " + number() + ", column " + column
                    + ": cannot read '" + cell + "'");
        }
    }
}
