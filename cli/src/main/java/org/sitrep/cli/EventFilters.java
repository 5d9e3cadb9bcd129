package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** The filters of commands that read incidents: the same names as the API's query parameters. */
final class EventFilters {
    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this date.")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this date.")
    String to;
    @Option(names = "--country", description = "Country name or ISO alpha-2 code.")
    String country;
    @Option(names = "--admin1", description = "First-level administrative area.")
    String admin1;
    @Option(names = "--event-type", paramLabel = "TYPE", description = "ACLED event type, e.g. \"Explosions/Remote violence\".")
    String eventType;
    @Option(names = "--sub-event-type", paramLabel = "TYPE", description = "ACLED sub-event type.")
    String subEventType;
    @Option(names = "--actor", description = "Text in actor1, actor2 or their associated actors.")
    String actor;
    @Option(names = "--source", description = "Text in the source (publisher) column.")
    String source;
    @Option(names = "--text", description = "Text in the notes or the location.")
    String text;
    @Option(names = "--min-fatalities", paramLabel = "N")
    Integer minFatalities;
    @Option(names = "--modality", description = "asserted, planned, threatened, hypothetical or negated.")
    String modality;
    @Option(names = "--status", description = "unverified, verified or rejected.")
    String status;
    @Option(names = "--bbox", paramLabel = "S,W,N,E", description = "Bounding box in degrees: south,west,north,east.")
    String bbox;
    @Option(names = "--include-rejected", description = "Keep incidents an analyst rejected.")
    boolean includeRejected;

    EventQuery.Builder query() {
        EventQuery.Builder q = EventQuery.builder().from(date(from, "--from")).to(date(to, "--to")).country(country)
                .admin1(admin1).eventType(eventType).subEventType(subEventType).actor(actor).source(source).text(text)
                .minFatalities(minFatalities).modality(modality).status(status).includeRejected(includeRejected);
        if (bbox != null) {
            String[] parts = bbox.split(",");
            try {
                if (parts.length != 4) {
                    throw new NumberFormatException();
                }
                q.bbox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                        Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
            } catch (NumberFormatException e) {
                throw new InputException("--bbox takes four numbers south,west,north,east, not '" + bbox + "'");
            }
        }
        return q;
    }

    private static LocalDate date(String value, String option) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InputException(option + " '" + value + "' is not a date YYYY-MM-DD");
        }
    }
}
