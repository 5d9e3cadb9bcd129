package org.sitrep.store.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.GreatCircle;
import org.sitrep.model.Location;

/**
 * Decides whether a newly read event describes an incident already stored, and says why in words an analyst can
 * check. The rules (issue "storage", item 3): the same event type and modality; dates that agree within their
 * precision or one day; places within {@value #MAX_KM} km, or the same admin2 when either is only known to
 * admin level (geo precision 2 or 3), or alike wording when neither names a place; compatible actors; similar
 * evidence breaks ties.
 */
public final class IncidentMatcher {
    public static final double MAX_KM = 10.0;
    /** How alike the wording of two accounts without a place must be to be one incident. */
    static final double UNPLACED_SIMILARITY = 0.5;
    /** The merge reason of an account that matched no incident and starts one. */
    public static final String FIRST_REPORT = "first report of this incident";
    /** How many days before a stored date a match may start: a month-precision incident begins on the 1st. */
    public static final int LOOKBACK_DAYS = 31;

    /** An incident already stored: its combined event and the documents that are its sources. */
    public record Candidate(String incidentId, Event event, Set<String> documentIds) {
        public Candidate {
            documentIds = Set.copyOf(documentIds);
        }
    }

    /** The incident the event belongs to, how close the match is (higher is closer) and why. */
    public record Match(String incidentId, double score, String reason) {
    }

    /** The best matching candidate, or empty when the event is a new incident. */
    public Optional<Match> bestMatch(Event incoming, String documentId, List<Candidate> candidates) {
        Match best = null;
        for (Candidate candidate : candidates) {
            // two events the extractor kept apart in one document are two incidents: it saw both sentences
            if (candidate.documentIds().contains(documentId)) {
                continue;
            }
            Match match = match(incoming, candidate).orElse(null);
            if (match != null && (best == null || match.score() > best.score())) {
                best = match;
            }
        }
        return Optional.ofNullable(best);
    }

    Optional<Match> match(Event incoming, Candidate candidate) {
        Event stored = candidate.event();
        if (!incoming.eventType().equals(stored.eventType()) || incoming.modality() != stored.modality()) {
            return Optional.empty();
        }
        long dayGap = dayGap(incoming.eventDate(), stored.eventDate());
        if (dayGap > 1) {
            return Optional.empty();
        }
        double similarity = evidenceSimilarity(incoming.evidence(), stored.evidence());
        PlaceAgreement place = placeAgreement(incoming.location(), stored.location());
        if (place == null) {
            place = unplacedAgreement(incoming.location(), stored.location(), similarity);
        }
        if (place == null) {
            return Optional.empty();
        }
        if (!actorsCompatible(incoming, stored)) {
            return Optional.empty();
        }
        boolean sameSubType = incoming.subEventType().equals(stored.subEventType());
        double score = 1.0 - 0.3 * place.km() / MAX_KM - 0.2 * dayGap + (sameSubType ? 0.2 : 0) + 0.3 * similarity;
        List<String> why = new ArrayList<>();
        why.add("same " + (sameSubType ? "type " + stored.eventType() + " / " + stored.subEventType()
                : "event type " + stored.eventType() + " (sub-types " + incoming.subEventType() + " and " + stored.subEventType() + ")"));
        why.add(dayGap == 0 ? "dates agree (" + incoming.eventDate().iso() + " and " + stored.eventDate().iso() + ")"
                : "dates one day apart (" + incoming.eventDate().iso() + " and " + stored.eventDate().iso() + ")");
        why.add(place.reason());
        why.add("actors compatible (" + actorName(incoming.actor1()) + " and " + actorName(stored.actor1()) + ")");
        why.add(String.format(Locale.ROOT, "evidence similarity %.2f", similarity));
        return Optional.of(new Match(candidate.incidentId(), score, String.join("; ", why)));
    }

    /** Days between the two periods (0 when they overlap), each period spanning its precision. */
    static long dayGap(EventDate a, EventDate b) {
        LocalDate aStart = a.date();
        LocalDate aEnd = end(a);
        LocalDate bStart = b.date();
        LocalDate bEnd = end(b);
        if (!aEnd.isBefore(bStart) && !bEnd.isBefore(aStart)) {
            return 0;
        }
        return aEnd.isBefore(bStart) ? ChronoUnit.DAYS.between(aEnd, bStart) : ChronoUnit.DAYS.between(bEnd, aStart);
    }

    private static LocalDate end(EventDate date) {
        return switch (date.precision()) {
            case DAY -> date.date();
            case WEEK -> date.date().plusDays(6);
            case MONTH -> date.date().plusMonths(1).minusDays(1);
            case SEASON -> date.date().plusMonths(3).minusDays(1);
            case YEAR -> date.date().plusYears(1).minusDays(1);
        };
    }

    private record PlaceAgreement(double km, String reason) {
    }

    private static PlaceAgreement placeAgreement(Location a, Location b) {
        if (a == null || b == null) {
            return null;
        }
        if (a.latitude() != null && b.latitude() != null && a.geoPrecision() == 1 && b.geoPrecision() == 1) {
            double km = GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            return km <= MAX_KM ? new PlaceAgreement(km, String.format(Locale.ROOT, "%.1f km apart (%s and %s)", km,
                    a.location(), b.location())) : null;
        }
        if (a.latitude() != null && b.latitude() != null) {
            double km = GreatCircle.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            if (km <= MAX_KM) {
                return new PlaceAgreement(km, String.format(Locale.ROOT, "%.1f km apart (%s and %s)", km, a.location(), b.location()));
            }
        }
        // one place is only known to its district or province: the same admin2 is the same place at that precision
        if (a.admin2() != null && a.admin2().equals(b.admin2()) && Objects.equals(a.countryCode(), b.countryCode())) {
            return new PlaceAgreement(MAX_KM, "same admin2 " + a.admin2() + " at geo precision "
                    + Math.max(a.geoPrecision(), b.geoPrecision()));
        }
        return null;
    }

    /**
     * Two accounts that name no place, only a country (or province): with nothing to compare positions by, they are
     * one incident only when their wording says so too (evidence similarity of at least
     * {@value #UNPLACED_SIMILARITY}), not for sharing a country and a day.
     */
    private static PlaceAgreement unplacedAgreement(Location a, Location b, double similarity) {
        if (a == null || b == null || a.latitude() != null || b.latitude() != null || a.countryCode() == null
                || !a.countryCode().equals(b.countryCode()) || !Objects.equals(a.admin1(), b.admin1())
                || similarity < UNPLACED_SIMILARITY) {
            return null;
        }
        return new PlaceAgreement(MAX_KM, String.format(Locale.ROOT,
                "no place named, same %s and like wording", a.admin1() != null ? a.admin1() : a.country()));
    }

    private static boolean actorsCompatible(Event a, Event b) {
        String a1 = known(a.actor1());
        String b1 = known(b.actor1());
        if (a1 == null || b1 == null || a1.equals(b1)) {
            return true;
        }
        // the same clash told from the other side: actor1 of one is actor2 of the other
        return a1.equals(known(b.actor2())) || b1.equals(known(a.actor2()));
    }

    private static String known(Actor actor) {
        return actor == null || actor.isUnidentified() ? null : actor.name();
    }

    private static String actorName(Actor actor) {
        return actor == null ? "none" : actor.name();
    }

    /** Jaccard overlap of the content words (4+ letters) of the two evidence texts. */
    static double evidenceSimilarity(List<Evidence> a, List<Evidence> b) {
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        return (double) common.size() / (wordsA.size() + wordsB.size() - common.size());
    }

    private static Set<String> words(List<Evidence> evidence) {
        Set<String> words = new HashSet<>();
        for (Evidence e : evidence) {
            for (String word : e.sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
