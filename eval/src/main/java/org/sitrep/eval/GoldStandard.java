package org.sitrep.eval;

import org.sitrep.model.GreatCircle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;

/**
 * A hand-coded document in the format of ../shared/eval/seed-gold.json (events marked must / should /
 * never, casualty reports, control observations, actor groups with their aliases), and the scoring of an
 * extraction against it by the rules of ../shared/tools/score_seed.py: a gold event is found by an output
 * event that occurred, lies within the gold radius and has the gold date (within its tolerance, or the same
 * month for month-precision gold); among such, the one with the right type is preferred.
 */
public final class GoldStandard {

    /** One gold event; {@code need} is must, should or never. */
    public record GoldEvent(String key, String need, String eventDate, int toleranceDays, String eventType,
                            List<String> subEventTypes, List<String> actor1Groups, String location, Double latitude,
                            Double longitude, double radiusKm, String country) {
    }

    public record GoldControl(String place, String holderGroup, String asOf) {
    }

    /** How one gold event fared. */
    public record EventResult(GoldEvent gold, Event matched, boolean typeOk, boolean subTypeOk, boolean actorOk) {
        public boolean found() {
            return matched != null;
        }
    }

    public record Score(List<EventResult> events, List<Event> neverHits, List<Event> falseTolls, boolean tollFound,
                        Map<GoldControl, Boolean> controls, int outputEvents) {
        public long found(String need) {
            return events.stream().filter(r -> r.gold().need().equals(need) && r.found()).count();
        }

        public long total(String need) {
            return events.stream().filter(r -> r.gold().need().equals(need)).count();
        }

        public double typeAccuracy() {
            long matched = events.stream().filter(EventResult::found).count();
            return matched == 0 ? 0 : events.stream().filter(EventResult::typeOk).count() / (double) matched;
        }

        /** The same closing line as score_seed.py, for comparison. */
        public String summaryLine() {
            return String.format(Locale.ROOT, "seed: must %d/%d should %d/%d never-hits %d false-toll %d type-acc %.2f",
                    found("must"), total("must"), found("should"), total("should"), neverHits.size(), falseTolls.size(), typeAccuracy());
        }
    }

    private final List<GoldEvent> events;
    private final List<GoldControl> controls;
    private final List<Integer> tollKills;
    private final Map<String, List<String>> actorGroups;

    private GoldStandard(List<GoldEvent> events, List<GoldControl> controls, List<Integer> tollKills, Map<String, List<String>> actorGroups) {
        this.events = List.copyOf(events);
        this.controls = List.copyOf(controls);
        this.tollKills = List.copyOf(tollKills);
        this.actorGroups = actorGroups;
    }

    public static GoldStandard read(Path json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + json, e);
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        root.path("actor_groups").fields().forEachRemaining(e -> groups.put(e.getKey(), strings(e.getValue())));
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : root.path("events")) {
            events.add(new GoldEvent(e.path("key").asText(), e.path("need").asText(), e.path("event_date").asText(),
                    e.path("date_tolerance_days").asInt(0), e.path("event_type").asText(null), strings(e.get("sub_event_type")),
                    strings(e.get("actor1")), e.path("location").asText(null), number(e, "latitude"), number(e, "longitude"),
                    e.path("radius_km").asDouble(25), e.path("country").asText(null)));
        }
        List<GoldControl> controls = new ArrayList<>();
        for (JsonNode c : root.path("control")) {
            controls.add(new GoldControl(c.path("place").asText(), c.path("holder").asText(), c.path("as_of").asText()));
        }
        List<Integer> kills = new ArrayList<>();
        root.path("casualty_reports").forEach(t -> kills.add(t.path("killed").asInt()));
        return new GoldStandard(events, controls, kills, groups);
    }

    public List<GoldEvent> events() {
        return events;
    }

    /** The gold group of an actor name, by score_seed.py's rule: equal, or a longer alias contained in the name. */
    public String actorGroup(String name) {
        String n = squash(name);
        if (n.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, List<String>> group : actorGroups.entrySet()) {
            if (n.equals(squash(group.getKey()))) {
                return group.getKey();
            }
            for (String alias : group.getValue()) {
                String a = squash(alias);
                if (!a.isEmpty() && (a.equals(n) || (a.length() > 3 && n.contains(a)))) {
                    return group.getKey();
                }
            }
        }
        return null;
    }

    public Score score(Extraction extraction) {
        List<Event> output = extraction.events();
        boolean[] used = new boolean[output.size()];
        List<EventResult> results = new ArrayList<>();
        List<Event> neverHits = new ArrayList<>();
        for (GoldEvent gold : events) {
            Event best = null;
            int bestScore = -1;
            int bestIndex = -1;
            for (int i = 0; i < output.size(); i++) {
                Event e = output.get(i);
                boolean occurred = e.modality() == Modality.ASSERTED;
                if (used[i] || !occurred || !placeOk(gold, e.location()) || !dateOk(gold, e.eventDate().iso())) {
                    continue;
                }
                if (gold.need().equals("never")) {
                    neverHits.add(e);
                    continue;
                }
                int s = (e.eventType().equals(gold.eventType()) ? 2 : 0) + (gold.subEventTypes().contains(e.subEventType()) ? 1 : 0);
                if (s > bestScore) {
                    best = e;
                    bestScore = s;
                    bestIndex = i;
                }
            }
            if (gold.need().equals("never")) {
                continue;
            }
            if (best != null) {
                used[bestIndex] = true;
                String group = actorGroup(best.actor1().name());
                results.add(new EventResult(gold, best, best.eventType().equals(gold.eventType()),
                        gold.subEventTypes().contains(best.subEventType()), gold.actor1Groups().contains(group)));
            } else {
                results.add(new EventResult(gold, null, false, false, false));
            }
        }
        List<Event> falseTolls = output.stream().filter(e -> e.fatalities() != null && tollKills.contains(e.fatalities())).toList();
        boolean tollFound = extraction.casualtyReports().stream().anyMatch(t -> t.killed() != null && tollKills.contains(t.killed()));
        Map<GoldControl, Boolean> controlResults = new LinkedHashMap<>();
        for (GoldControl gold : controls) {
            controlResults.put(gold, extraction.controlObservations().stream().anyMatch(c -> controlOk(gold, c)));
        }
        return new Score(results, neverHits, falseTolls, tollFound, controlResults, output.size());
    }

    /** A control observation matches when it is placed where the gold event of the same location is, and its holder is the gold group. */
    private boolean controlOk(GoldControl gold, ControlObservation observed) {
        GoldEvent at = events.stream().filter(e -> gold.place().equals(e.location()) && e.latitude() != null).findFirst().orElse(null);
        if (at == null || observed.location() == null || !placeOk(at, observed.location())) {
            return false;
        }
        return gold.holderGroup().equals(actorGroup(observed.holder().name()));
    }

    private static boolean placeOk(GoldEvent gold, Location location) {
        if (gold.latitude() != null && location.latitude() != null) {
            return GreatCircle.km(gold.latitude(), gold.longitude(), location.latitude(), location.longitude()) <= gold.radiusKm();
        }
        return gold.country() != null && squash(gold.country()).equals(squash(location.country()));
    }

    private static boolean dateOk(GoldEvent gold, String date) {
        if (date == null) {
            return false;
        }
        if (gold.eventDate().length() == 7) {
            return date.startsWith(gold.eventDate());
        }
        if (date.length() < 10) {
            return false;
        }
        long days = Math.abs(LocalDate.parse(gold.eventDate()).toEpochDay() - LocalDate.parse(date.substring(0, 10)).toEpochDay());
        return days <= gold.toleranceDays();
    }

    private static String squash(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asDouble();
    }
}
