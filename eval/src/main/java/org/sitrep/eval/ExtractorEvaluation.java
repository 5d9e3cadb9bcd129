package org.sitrep.eval;

import org.sitrep.model.GreatCircle;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;

/**
 * Runs an extractor over the texts of reference incidents and scores, field by field, the output event that
 * best matches each reference: the asserted event closest to the reference point, ties broken in favour of the
 * same event type (then the extractor's order). A field counts only for incidents whose reference gives it; an
 * incident with no asserted event misses every field it counts for.
 */
public final class ExtractorEvaluation {
    /** GeoNames-style accuracy radii used by the toponym literature: "the town" and "100 miles". */
    static final double NEAR_KM = 25;
    static final double REGION_KM = 161;
    /** A report dated on the day of the incident: noon, so that a zone shift cannot move it to another day. */
    private static final LocalTime PUBLICATION_TIME = LocalTime.NOON;

    /** A leading GTD-style incident date, "10/12/2016:" (also with dashes or a single digit), and its spaces. */
    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*\\d{1,2}[/-]\\d{1,2}[/-]\\d{2,4}\\s*:\\s*");

    /** How each reference's text and reference time are given to the extractor. */
    public enum DateProtocol {
        /** The text as the reference gives it, published at noon on the incident's day (the default). */
        SAME_DAY,
        /**
         * Issue 4's protocol: a leading "MM/DD/YYYY:" is removed from the text and the report is published at
         * noon on the day after the incident, so the date must come from the text's own wording.
         */
        DAY_AFTER
    }

    /**
     * A field an incident missed: the reference's value and ours as text, and the text as given to the
     * extractor. A date is ISO with its precision, "inferred" when the text gave the event no date of its own;
     * "no event" when no asserted event was found.
     */
    public record Miss(String id, ScoredField field, String expected, String extracted, String text) {
    }

    private final Function<Document, Extraction> extractor;
    private final DateProtocol protocol;
    private final ActorNames actorNames = ActorNames.load();
    private final List<Miss> misses = new ArrayList<>();

    public ExtractorEvaluation(Function<Document, Extraction> extractor) {
        this(extractor, DateProtocol.SAME_DAY);
    }

    public ExtractorEvaluation(Function<Document, Extraction> extractor, DateProtocol protocol) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.protocol = Objects.requireNonNull(protocol, "protocol");
    }

    /** The fields missed in the last {@link #evaluate} run, in input order, an incident's in field order. */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /** The misses of one field. */
    public List<Miss> misses(ScoredField field) {
        return misses.stream().filter(miss -> miss.field() == field).toList();
    }

    /** The text given to the extractor for a reference under this protocol. */
    String textOf(ReferenceIncident incident) {
        return protocol == DateProtocol.DAY_AFTER
                ? LEADING_DATE.matcher(incident.text()).replaceFirst("") : incident.text();
    }

    private LocalDateTime publicationOf(ReferenceIncident incident) {
        if (incident.date() == null) {
            return null;
        }
        LocalDate day = protocol == DateProtocol.DAY_AFTER ? incident.date().plusDays(1) : incident.date();
        return day.atTime(PUBLICATION_TIME);
    }

    /**
     * @param limit evaluate at most this many incidents, the first ones; 0 or less evaluates all
     * @throws IllegalStateException naming the incident when the extractor fails on its text
     */
    public EvaluationReport evaluate(List<ReferenceIncident> incidents, int limit) {
        long start = System.nanoTime();
        List<ReferenceIncident> evaluated = limit > 0 && limit < incidents.size()
                ? incidents.subList(0, limit) : incidents;
        Map<ScoredField, int[]> hitsAndTotals = new EnumMap<>(ScoredField.class);
        for (ScoredField field : ScoredField.values()) {
            hitsAndTotals.put(field, new int[2]);
        }
        List<Double> kmErrors = new ArrayList<>();
        misses.clear();
        for (ReferenceIncident incident : evaluated) {
            Optional<Event> match = bestMatch(incident, assertedEvents(incident));
            match.flatMap(event -> distanceKm(incident, event)).ifPresent(kmErrors::add);
            for (ScoredField field : ScoredField.values()) {
                Optional<Boolean> hit = score(field, incident, match);
                if (hit.isPresent() && !hit.get()) {
                    misses.add(new Miss(incident.id(), field, expected(field, incident),
                            match.map(event -> extracted(field, event)).orElse("no event"), textOf(incident)));
                }
                if (hit.isPresent()) {
                    int[] counts = hitsAndTotals.get(field);
                    counts[0] += hit.get() ? 1 : 0;
                    counts[1]++;
                }
            }
        }
        List<FieldScore> scores = hitsAndTotals.entrySet().stream()
                .map(e -> new FieldScore(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        return new EvaluationReport(evaluated.size(), scores, median(kmErrors), kmErrors.size(), elapsedMillis);
    }

    private List<Event> assertedEvents(ReferenceIncident incident) {
        Document document = new Document(incident.id(), null, null, publicationOf(incident), textOf(incident),
                List.of());
        Extraction extraction;
        try {
            extraction = extractor.apply(document);
        } catch (RuntimeException e) {
            throw new IllegalStateException("extractor failed on incident " + incident.id() + ": " + e.getMessage(), e);
        }
        return extraction.events().stream().filter(event -> event.modality() == Modality.ASSERTED).toList();
    }

    private static Optional<Event> bestMatch(ReferenceIncident incident, List<Event> events) {
        Comparator<Event> closestFirst = Comparator.comparingDouble(
                event -> distanceKm(incident, event).orElse(Double.POSITIVE_INFINITY));
        Comparator<Event> sameTypeFirst = Comparator.comparing(
                event -> !sameLabel(incident.eventType(), event.eventType()));
        // min keeps the first of equals, so the extractor's own order breaks the remaining ties
        return events.stream().min(closestFirst.thenComparing(sameTypeFirst));
    }

    /** Whether the field was right, or empty when the reference does not give the field. */
    private Optional<Boolean> score(ScoredField field, ReferenceIncident reference, Optional<Event> match) {
        return switch (field) {
            case EVENT_FOUND -> Optional.of(match.isPresent());
            case EVENT_TYPE -> reference.eventType() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> sameLabel(reference.eventType(), e.eventType())).isPresent());
            case SUB_EVENT_TYPE -> reference.subEventType() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> sameLabel(reference.subEventType(), e.subEventType())).isPresent());
            case DATE -> reference.date() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> e.eventDate() != null
                            && e.eventDate().precision() == DatePrecision.DAY
                            && e.eventDate().date().equals(reference.date())).isPresent());
            case PLACE_25_KM -> withinKm(reference, match, NEAR_KM);
            case PLACE_161_KM -> withinKm(reference, match, REGION_KM);
            // ACLED codes 0 where a report gives no toll; the model leaves that null
            case FATALITIES -> reference.fatalities() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> reference.fatalities()
                            .equals(Objects.requireNonNullElse(e.fatalities(), 0))).isPresent());
            // as for fatalities: no injured extracted reads as 0
            case INJURED -> reference.injured() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> reference.injured()
                            .equals(Objects.requireNonNullElse(e.injured(), 0))).isPresent());
            case ACTOR1 -> reference.actor1() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> namesActor(reference.actor1(), e)).isPresent());
            case CIVILIAN_TARGETING -> reference.civilianTargeting() == null ? Optional.empty()
                    : Optional.of(match.filter(e -> reference.civilianTargeting() == targetsCivilians(e)).isPresent());
        };
    }

    private static String expected(ScoredField field, ReferenceIncident reference) {
        return switch (field) {
            case EVENT_FOUND -> "an event";
            case EVENT_TYPE -> reference.eventType();
            case SUB_EVENT_TYPE -> reference.subEventType();
            case DATE -> reference.date().toString();
            case PLACE_25_KM, PLACE_161_KM -> reference.location() + " (" + reference.latitude() + ", "
                    + reference.longitude() + ")";
            case FATALITIES -> reference.fatalities().toString();
            case INJURED -> reference.injured().toString();
            case ACTOR1 -> reference.actor1();
            case CIVILIAN_TARGETING -> describeCivilianTargeting(reference.civilianTargeting());
        };
    }

    private static String extracted(ScoredField field, Event event) {
        return switch (field) {
            case EVENT_FOUND -> "an event";
            case EVENT_TYPE -> event.eventType();
            case SUB_EVENT_TYPE -> event.subEventType();
            case DATE -> describeDate(event);
            case PLACE_25_KM, PLACE_161_KM -> event.location() == null ? "no place"
                    : event.location().location() + " (" + event.location().latitude() + ", "
                    + event.location().longitude() + ")";
            case FATALITIES -> String.valueOf(event.fatalities());
            case INJURED -> String.valueOf(event.injured());
            case ACTOR1 -> event.actor1() == null ? "none" : event.actor1().name();
            case CIVILIAN_TARGETING -> describeCivilianTargeting(targetsCivilians(event));
        };
    }

    /** The model writes ACLED's flag as ACLED does: "Civilian targeting" or nothing. */
    private static boolean targetsCivilians(Event event) {
        return event.civilianTargeting() != null;
    }

    private static String describeCivilianTargeting(boolean civilian) {
        return civilian ? "civilian targeting" : "no civilian targeting";
    }

    /** "2016-10-13 (day)", "2016-10 (month, inferred)": the date, its precision, whether the text gave it. */
    private static String describeDate(Event event) {
        EventDate date = event.eventDate();
        if (date == null) {
            return "none";
        }
        return date.iso() + " (" + date.precision().name().toLowerCase(Locale.ROOT) + (date.explicit() ? ")" : ", inferred)");
    }

    private static Optional<Boolean> withinKm(ReferenceIncident reference, Optional<Event> match, double radiusKm) {
        if (!reference.hasCoordinates()) {
            return Optional.empty();
        }
        return Optional.of(match.flatMap(event -> distanceKm(reference, event)).filter(km -> km <= radiusKm).isPresent());
    }

    /**
     * GTD's perpetrator is often the group that claimed the attack, which the model keeps apart from actor1,
     * so either one naming the reference group counts.
     */
    private boolean namesActor(String referenceActor, Event event) {
        return (event.actor1() != null && actorNames.sameActor(referenceActor, event.actor1().name()))
                || (event.claimedBy() != null && actorNames.sameActor(referenceActor, event.claimedBy().name()));
    }

    private static boolean sameLabel(String reference, String extracted) {
        return reference != null && extracted != null && reference.strip().equalsIgnoreCase(extracted.strip());
    }

    private static Optional<Double> distanceKm(ReferenceIncident reference, Event event) {
        Location location = event.location();
        if (!reference.hasCoordinates() || location == null || location.latitude() == null
                || location.longitude() == null) {
            return Optional.empty();
        }
        return Optional.of(GreatCircle.km(reference.latitude(), reference.longitude(),
                location.latitude(), location.longitude()));
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
