package org.sitrep.pipeline.coding;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.Actor;
import org.sitrep.model.CasualtyReport;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;
import org.sitrep.pipeline.AnnotatedDocument;
import org.sitrep.pipeline.AnnotatedSentence;
import org.sitrep.pipeline.Resources;
import org.sitrep.pipeline.actors.ActorDictionary;
import org.sitrep.pipeline.actors.ActorEntry;
import org.sitrep.pipeline.actors.ActorMention;
import org.sitrep.pipeline.geo.Locations;
import org.sitrep.pipeline.geo.PlaceMention;
import org.sitrep.pipeline.text.Captions;
import org.sitrep.pipeline.text.Headlines;
import org.sitrep.pipeline.time.TaggerTimeResolver;
import org.sitrep.temporal.MatchStarts;
import org.sitrep.temporal.TimeMention;
import org.sitrep.temporal.TimexType;

/**
 * Codes events sentence by sentence, the way a human coder reads a report:
 * <ol>
 *   <li>triggers from the lexicon are grouped by event type: "bombs went off" and "car bombs" in one
 *       sentence describe one kind of incident; the most specific trigger names the sub-event type;</li>
 *   <li>each place named in the sentence goes to the nearest trigger group, and a list of places ("Tartus,
 *       Homs and a suburb of Damascus") gives one event per place; an area that contains another place of
 *       the sentence ("the Idlib province ... Saraqib") is context, not a separate event;</li>
 *   <li>a group without a place of its own takes "the former"/"the latter" of the previous sentence's list,
 *       else the place of the event just before ("the complex had fallen");</li>
 *   <li>actors: a claim of responsibility, else the agent of a passive ("by rebel forces"), else the actors
 *       just before the trigger ("Russian and regime air strikes"), else an unidentified armed group;</li>
 *   <li>the date is the temporal expression nearest the trigger in the sentence, else the last one of the
 *       preceding sentences, else the reference time;</li>
 *   <li>a death count in a sentence that frames it as a total ("a total of 57 people died in Syria
 *       yesterday") or that has no incident is a casualty report, never an event's fatalities.</li>
 * </ol>
 */
public final class RuleBasedEventCoder implements EventCoder {
    private static final int ACTOR_REACH_CHARS = 60;
    /** Triggers this unspecific ("attack on", "fighting") describe an incident another trigger may name better. */
    private static final int GENERIC_SPECIFICITY = 3;
    private static final int DATE_CARRY_SENTENCES = 3;
    private static final int TARGET_REACH_WORDS = 5;
    private static final int OBJECT_REACH_CHARS = 25;
    /** Triggers this specific name an incident on their own ("car bomb", "air strike", "kidnapped"). */
    private static final int SPECIFIC_TRIGGER = 7;
    /** How many sentences after an incident its toll may come ("... Another succumbed to his injuries. 9 fatalities."). */
    private static final int TOLL_REACH_SENTENCES = 2;
    private static final int PLACE_CARRY_SENTENCES = 2;
    /** What joins the actors of one run: "KNLA, PDF", "the KNLA (B-27) and the PDF". */
    private static final Pattern ACTOR_GLUE = Pattern.compile("^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:,|and|, and|&|/)\\s*(?:the\\s+)?$");
    private static final Pattern PASSIVE_AUXILIARY = Pattern.compile("(?i)\\b(?:was|were|been|being|is|are|got)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern PASSIVE_BY = Pattern.compile("(?i)\\bby\\s+(?:the\\s+)?$");
    private static final Pattern CLAIM = Pattern.compile(
            "(?i)\\b(?:claimed|claiming|claims|took|taken|taking|takes|assumed|accepted)\\s+(?:the\\s+)?responsibility|\\bclaimed\\s+(?:the|an|that)\\b");
    /** Where a claim can start (a word beginning with c, t or a): asked for every draft, over the whole sentence. */
    private static final MatchStarts CLAIM_STARTS = MatchStarts.of(CLAIM);
    private static final Pattern CLAIM_NEGATED = Pattern.compile("(?i)\\b(?:yet to|not|no|never|denied|deny|denies)\\b[^.]{0,40}\\bclaims?\\b");
    private static final Pattern PERPETRATOR_CUE = Pattern.compile(
            "(?i)\\b(?:attributed|blamed|pinned)\\s+(?:the\\s+|this\\s+)?(?:attack|incident|bombing|strike|blast|explosion|killing)s?\\s+(?:to|on)\\s+(?:the\\s+)?|\\b(?:carried out|perpetrated|conducted) by (?:the\\s+)?");
    private static final Pattern OBJECT_OF_ATTACK = Pattern.compile("(?i)\\b(?:against|targeting|targeted|on|at|hit|struck|killing|wounding|injuring)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\S+\\s+)?$");
    /** The verb after an actor that makes it the one who stopped an attack ("air defences intercepted"). */
    private static final Pattern INTERCEPTOR = Pattern.compile(
            "(?i)^(?:\\s+[\\w-]+){0,2}?\\s+(?:intercepted|intercept|intercepts|shot down|downed|thwarted|foiled|repelled)\\b");
    /** Who an arrest took, when they are a demonstration's participants ("detained thousands of protesters"). */
    private static final Pattern PROTEST_PARTICIPANTS = Pattern.compile("(?i)^(?:\\s+[\\w-]+){0,4}?\\s+(?:protest(?:ers|ors)|demonstrators|marchers)\\b");
    /**
     * "arrested at a rally", "detained during a third Kill The Bill demonstration", "arrested 180 people as
     * supporters staged sit-ins": the demonstration is where and when the arrests were.
     */
    private static final Pattern PROTEST_SETTING = Pattern.compile("(?i)\\b(?:at|during|as|while|when|amid)\\b[^,;.]{0,60}$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:they|them|both)\\b");
    private static final Pattern FORMER = Pattern.compile("(?i)\\bthe former\\b");
    private static final Pattern LATTER = Pattern.compile("(?i)\\bthe latter\\b");

    private final Taxonomy taxonomy;
    private final EventLexicon lexicon;
    private final ModalityCues modalityCues;
    private final DemonstrationCues demonstrationCues;
    private final Captions captions;
    /** The few words after an attack's trigger up to a civilian target (resource civilian-targets.txt). */
    private final Pattern civilianTarget = Pattern.compile("(?iU)^(?:\\W+\\w+){0," + TARGET_REACH_WORDS + "}?\\W+(?:"
            + String.join("|", Resources.lines("civilian-targets.txt")) + ")\\b");
    /** Words that say a capture met no fight (resource peaceful-transfer-cues.txt). */
    private final Pattern peacefulTransfer = Pattern.compile("(?iU)\\b(?:"
            + String.join("|", Resources.lines("peaceful-transfer-cues.txt")) + ")\\b");
    private final CasualtyReader casualtyReader;
    private final ControlReader controlReader;
    private final ActorDictionary actorDictionary;
    private final Locations locations;

    public RuleBasedEventCoder(Taxonomy taxonomy, EventLexicon lexicon, ModalityCues modalityCues,
                               DemonstrationCues demonstrationCues, Captions captions, CasualtyReader casualtyReader,
                               ControlReader controlReader, ActorDictionary actorDictionary, Locations locations) {
        this.taxonomy = taxonomy;
        this.lexicon = lexicon;
        this.modalityCues = modalityCues;
        this.demonstrationCues = demonstrationCues;
        this.captions = captions;
        this.casualtyReader = casualtyReader;
        this.controlReader = controlReader;
        this.actorDictionary = actorDictionary;
        this.locations = locations;
    }

    /** A group of triggers of one kind of incident in one sentence. */
    private record TriggerGroup(String key, List<Trigger> triggers) {
        /**
         * The trigger that names the incident: the most specific, except that a fight told before the capture it
         * won ("engaged in fierce clashes with ISIL and took control of five positions", "attacked and overran
         * the checkpoints") is an armed clash, where a capture told first ("took control of the town in fierce
         * clashes") is the capture.
         */
        Trigger main() {
            Trigger specific = triggers.stream().max(Comparator.comparingInt(t -> t.rule().specificity())).orElseThrow();
            if (!specific.rule().isTerritorial()) {
                return specific;
            }
            return triggers.stream().filter(t -> t.start() < specific.start() && "Armed clash".equals(t.rule().subEventType()))
                    .findFirst().orElse(specific);
        }

        int start() {
            return triggers.get(0).start();
        }

        int distanceTo(int start, int end) {
            return triggers.stream().mapToInt(t -> end <= t.start() ? t.start() - end : Math.max(0, start - t.end())).min().orElseThrow();
        }

        boolean isDiplomacy() {
            return "diplomacy".equals(main().rule().category());
        }
    }

    /** What the reading carries from one sentence to the next. */
    private static final class Context {
        List<PlaceMention> lastPlaceList = List.of();
        int lastPlaceListSentence = -10;
        EventDraft lastEvent;
        List<ActorMention> lastActors = List.of();
        EventDate lastDate;
        int lastDateSentence = -10;
        /** How many incidents the report said its own is one of ("one of five related attacks"); 0 if it did not. */
        int relatedIncidents;
    }

    @Override
    public Coding code(AnnotatedDocument document) {
        List<EventDraft> events = new ArrayList<>();
        List<CasualtyReport> tolls = new ArrayList<>();
        List<ControlObservation> controls = new ArrayList<>();
        Context context = new Context();
        String docId = document.document().id();
        Set<Integer> captionSentences = captions.captionSentences(
                document.sentences().stream().map(AnnotatedSentence::sentence).toList());
        for (AnnotatedSentence sentence : document.sentences()) {
            if (Headlines.isHeadline(sentence.text()) || captionSentences.contains(sentence.sentence().index())) {
                continue; // a title or a picture's caption shows what the story tells: its incidents are coded from the story
            }
            Evidence evidence = new Evidence(docId, sentence.text(), sentence.sentence().start(), sentence.sentence().end());
            EventDate sentenceDate = sentenceDate(document, sentence, context);
            String attributedTo = sentence.attributions().isEmpty() ? null : sentence.attributions().get(0).source();

            List<ControlReader.Finding> holdings = controlReader.read(sentence, document.focusCountryCode());
            for (ControlReader.Finding f : sentenceDate == null ? List.<ControlReader.Finding>of() : holdings) {
                Location where = locations.of(f.place());
                controls.add(new ControlObservation(docId + "-c" + (controls.size() + 1), docId, f.place().text(), where,
                        f.holder().actor().inCountry(where.countryCode(), where.country()), null, sentenceDate, evidence));
            }
            List<ActorMention> actors = sentence.actors().stream()
                    .filter(a -> holdings.stream().noneMatch(h -> h.holderStart() < a.end() && a.start() < h.holderEnd()))
                    .toList();
            List<PlaceMention> places = IncidentPlaces.of(sentence);
            List<TriggerGroup> groups = groups(sentence, actors);
            int related = casualtyReader.oneOfSeveral(sentence.text());
            if (related > 0) {
                context.relatedIncidents = related;
            }
            List<CasualtyCount> counts = casualtyReader.sharedAmong(sentence.numbers(), sentence.text(), context.relatedIncidents);
            if (groups.stream().allMatch(TriggerGroup::isDiplomacy) && !counts.isEmpty()
                    && !casualtyReader.isToll(sentence.text())
                    && addToPreviousIncident(sentence, places, counts, evidence, events, context)) {
                counts = List.of();
            }
            boolean toll = counts.stream().anyMatch(CasualtyCount::killed)
                    && (groups.stream().allMatch(TriggerGroup::isDiplomacy) || casualtyReader.isToll(sentence.text()));
            if (toll) {
                if (sentenceDate != null) {
                    tolls.add(toll(document, sentence, counts, sentenceDate, attributedTo, evidence, tolls.size()));
                }
                counts = List.of();
            }

            if (groups.stream().noneMatch(g -> !g.isDiplomacy()) && context.lastEvent != null
                    && context.lastEvent.sentenceIndex() >= sentence.sentence().index() - PLACE_CARRY_SENTENCES) {
                attributeEarlierEvents(sentence, actors, events, context);
            }
            Map<TriggerGroup, List<PlaceMention>> placesOf = assignPlaces(groups, places);
            for (TriggerGroup group : groups) {
                List<Location> locations = placesFor(document, sentence, group, placesOf.get(group), context);
                if (locations.isEmpty()) {
                    continue;
                }
                boolean inferred = placesOf.get(group).stream().noneMatch(p -> usable(group, p));
                EventDraft base = draft(document, sentence, group, actors, counts, groups, context, sentenceDate, attributedTo, evidence,
                        locations.get(0), inferred, locations.size() == 1);
                if (base == null) {
                    continue;
                }
                for (Location location : locations) {
                    EventDraft draft = location == base.location() ? base : base.withLocation(location);
                    events.add(draft);
                    context.lastEvent = draft;
                }
            }
            remember(sentence, places, actors, context);
        }
        return new Coding(events, tolls, controls);
    }

    /**
     * "The Free Syrian Army claimed responsibility for the incident." / "Sources attributed the attack to
     * ISIL.": a sentence without an incident of its own that names the perpetrator of the events just read.
     */
    private static void attributeEarlierEvents(AnnotatedSentence sentence, List<ActorMention> actors, List<EventDraft> events, Context context) {
        Actor claimant = claimant(sentence, actors);
        Actor perpetrator = claimant != null ? claimant : attributedPerpetrator(sentence, actors);
        if (perpetrator == null) {
            return;
        }
        int lastSentence = context.lastEvent.sentenceIndex();
        for (int i = events.size() - 1; i >= 0 && events.get(i).sentenceIndex() == lastSentence; i--) {
            EventDraft e = events.get(i);
            Evidence namedIn = new Evidence(e.evidence().get(0).documentId(), sentence.text(), sentence.sentence().start(),
                    sentence.sentence().end());
            boolean disrupted = e.subEventType().equals("Disrupted weapons use") && !e.actor1().isUnidentified();
            if (!disrupted && !e.actor1().isUnidentified() && !e.actor1().key().equals(perpetrator.key())) {
                continue;
            }
            EventDraft updated = disrupted ? e.withDisruptedAttacker(perpetrator, claimant, namedIn)
                    : e.withPerpetrator(perpetrator, claimant, namedIn);
            events.set(i, updated);
            context.lastEvent = updated;
        }
    }

    /**
     * "Assailants attacked a military post near Zinjibar. At least 20 soldiers were killed in the attack.": counts
     * in a sentence just after the incident of one place, with no incident or place of their own, are that
     * incident's toll (its first event's), not a report's aggregate. Returns whether they were taken.
     */
    private boolean addToPreviousIncident(AnnotatedSentence sentence, List<PlaceMention> places,
                                                 List<CasualtyCount> counts, Evidence evidence,
                                                 List<EventDraft> events, Context context) {
        int index = sentence.sentence().index();
        EventDraft last = context.lastEvent;
        if (last == null || index - last.sentenceIndex() > TOLL_REACH_SENTENCES || last.modality() != Modality.ASSERTED
                || !places.isEmpty()) {
            return false;
        }
        // several kinds of act at one place ("attacked ... with grenades ..., then detonated their explosives") are
        // one incident; several places are several incidents, and the toll cannot be split among them, unless
        // it says it is one incident's ("were killed in the attack"): then the places were one place read
        // several ways, and the first, the most specific of an address, is the incident's
        List<EventDraft> there = events.stream().filter(e -> e.sentenceIndex() == last.sentenceIndex()).toList();
        if (there.stream().map(EventDraft::location).distinct().count() != 1 && !casualtyReader.namesOneIncident(sentence.text())) {
            return false;
        }
        EventDraft first = there.get(0);
        CasualtyCount killed = counts.stream().filter(CasualtyCount::killed).findFirst().orElse(null);
        CasualtyCount injured = counts.stream().filter(CasualtyCount::injured).findFirst().orElse(null);
        String injuredWords = injured == null ? null : vagueInjuredWords(injured);
        boolean civilianVictims = Stream.of(killed, injured).anyMatch(c -> c != null && casualtyReader.civilianVictims(c));
        EventDraft updated = first.withCasualties(killed, injured == null ? null : injured.low(), injuredWords, civilianVictims, evidence);
        events.set(events.indexOf(first), updated);
        if (first == last) {
            context.lastEvent = updated;
        }
        return true;
    }

    /** The actor named after "attributed the attack to" / "blamed ... on" / "carried out by". */
    private static Actor attributedPerpetrator(AnnotatedSentence sentence, List<ActorMention> actors) {
        var cue = PERPETRATOR_CUE.matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int after = sentence.sentence().start() + cue.end();
        return actors.stream().filter(a -> a.start() >= after && a.start() - after <= ACTOR_REACH_CHARS)
                .map(ActorMention::actor).findFirst().orElse(null);
    }

    private List<TriggerGroup> groups(AnnotatedSentence sentence, List<ActorMention> actors) {
        Map<String, List<Trigger>> byKey = new LinkedHashMap<>();
        List<Trigger> found = lexicon.find(sentence.sentence());
        for (Trigger trigger : found) {
            if (isObjectOfAnotherTrigger(trigger, found, actors)) {
                continue;
            }
            // a trigger word inside a name ("Rocket Street", "Strike Force") is no incident, but one that ends an
            // actor's mention is its head noun standing for the act: "US warplanes pounded", "protesters marched"
            boolean insideName = sentence.places().stream().anyMatch(p -> p.start() < trigger.end() && trigger.start() < p.end())
                    || actors.stream().anyMatch(a -> a.start() <= trigger.start() && trigger.end() <= a.end() && a.end() != trigger.end());
            if (insideName) {
                continue;
            }
            String sub = trigger.rule().subEventType();
            String eventType = trigger.rule().isTerritorial() ? "Battles" : taxonomy.eventType(sub);
            String key = eventType.equals("Strategic developments") ? sub : eventType;
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(trigger);
        }
        foldGenericAttackWords(byKey);
        foldArrestsIntoProtest(byKey, sentence);
        return byKey.entrySet().stream().map(e -> new TriggerGroup(e.getKey(), e.getValue())).toList();
    }

    /**
     * "Fired on demonstrators", "kidnapped two protesters": an actor's head noun that a trigger just before it
     * acts upon is that incident's object, not a second incident. Protesters that an arrest takes are the
     * exception: "police arrested 30 protesters" is the demonstration, met with arrests.
     */
    private static boolean isObjectOfAnotherTrigger(Trigger trigger, List<Trigger> found, List<ActorMention> actors) {
        ActorMention headed = actors.stream().filter(a -> a.end() == trigger.end() && a.start() <= trigger.start())
                .findFirst().orElse(null);
        boolean demonstration = DemonstrationCues.isDemonstration(trigger.rule().subEventType());
        return headed != null && found.stream().anyMatch(other -> other != trigger
                && !(demonstration && other.rule().subEventType().equals("Arrests"))
                && other.end() <= headed.start() && headed.start() - other.end() <= OBJECT_REACH_CHARS);
    }

    /**
     * "An attack on a gathering via an improvised explosive device" is one bombing, not a battle beside it, and
     * "protesters clashed with police" one demonstration: the generic words of armed clashes join the sentence's
     * group of remote or one-sided violence, else of a demonstration (whose cues then say how violent it was).
     */
    private static void foldGenericAttackWords(Map<String, List<Trigger>> byKey) {
        List<Trigger> battles = byKey.get("Battles");
        String specific = Stream.of("Explosions/Remote violence", "Violence against civilians", "Protests", "Riots")
                .filter(byKey::containsKey).findFirst().orElse(null);
        if (battles == null || specific == null) {
            return;
        }
        List<Trigger> generic = battles.stream().filter(t -> !t.rule().isTerritorial() && t.rule().specificity() <= GENERIC_SPECIFICITY).toList();
        battles.removeAll(generic);
        byKey.get(specific).addAll(generic);
        byKey.get(specific).sort(Comparator.comparingInt(Trigger::start));
        if (battles.isEmpty()) {
            byKey.remove("Battles");
        }
    }

    /**
     * "Police detained thousands of protesters as activists took to the streets": arrests at a demonstration are
     * how it was met, one Protest with intervention (the arrest words are its escalation cues), not a second
     * incident. But an arrest told first whose demonstration is only its reason ("arrested activists for
     * organising an illegal protest", "detained in anticipation of mass protests") is the incident: a
     * demonstration that comes later in the sentence without its participants or a setting ("at", "during")
     * is context.
     */
    private static void foldArrestsIntoProtest(Map<String, List<Trigger>> byKey, AnnotatedSentence sentence) {
        List<Trigger> arrests = byKey.get("Arrests");
        List<Trigger> protests = byKey.get("Protests");
        if (arrests == null || protests == null) {
            return;
        }
        Trigger arrest = arrests.get(0);
        boolean protestIsContext = arrest.start() < protests.get(0).start()
                && !PROTEST_PARTICIPANTS.matcher(sentence.after(arrest.end())).lookingAt()
                && protests.stream().noneMatch(t -> PROTEST_SETTING.matcher(sentence.before(t.start())).find());
        byKey.remove(protestIsContext ? "Protests" : "Arrests");
    }

    private static Map<TriggerGroup, List<PlaceMention>> assignPlaces(List<TriggerGroup> groups, List<PlaceMention> places) {
        Map<TriggerGroup, List<PlaceMention>> placesOf = new LinkedHashMap<>();
        groups.forEach(g -> placesOf.put(g, new ArrayList<>()));
        if (groups.isEmpty()) {
            return placesOf;
        }
        for (PlaceMention place : places) {
            TriggerGroup nearest = groups.stream().min(Comparator.comparingInt(g -> g.distanceTo(place.start(), place.end()))).orElseThrow();
            placesOf.get(nearest).add(place);
        }
        return placesOf;
    }

    /**
     * Violent and territorial incidents need a place below the country; talks and agreements may be national. No
     * incident is coded to a continent: ACLED's smallest unit of coding is a country.
     */
    private static boolean usable(TriggerGroup group, PlaceMention place) {
        if (place.place().isContinent()) {
            return false;
        }
        return group.key().equals("Other") || group.key().equals("Agreement") || !place.place().isCountry();
    }

    private List<Location> placesFor(AnnotatedDocument document, AnnotatedSentence sentence, TriggerGroup group,
                                     List<PlaceMention> assigned, Context context) {
        List<Location> own = assigned.stream().filter(p -> usable(group, p)).map(locations::of).toList();
        if (!own.isEmpty()) {
            return own;
        }
        boolean recentList = context.lastPlaceListSentence >= sentence.sentence().index() - PLACE_CARRY_SENTENCES
                && context.lastPlaceList.size() >= 2;
        if (recentList && FORMER.matcher(sentence.text()).find()) {
            return List.of(locations.of(context.lastPlaceList.get(0)));
        }
        if (recentList && LATTER.matcher(sentence.text()).find()) {
            return List.of(locations.of(context.lastPlaceList.get(context.lastPlaceList.size() - 1)));
        }
        boolean strategic = group.key().equals("Other") || group.key().equals("Agreement");
        // a violent incident inherits the place of the one just read, never a country's centroid
        if (!strategic && context.lastEvent != null && context.lastEvent.location().admin1() != null
                && context.lastEvent.sentenceIndex() >= sentence.sentence().index() - PLACE_CARRY_SENTENCES) {
            return List.of(context.lastEvent.location());
        }
        if (strategic && document.focusCountry() != null) {
            return List.of(locations.of(document.focusCountry(), 3));
        }
        // an incident the text does not place keeps the country it names, or the report's, without coordinates:
        // coded for its kind and actors, never pinned to a centroid
        // "Russia has said ...": a country that acts or speaks is an actor, not where the incident was
        PlaceMention country = assigned.stream().filter(p -> p.place().isCountry())
                .filter(p -> sentence.actors().stream().noneMatch(a -> a.start() < p.end() && p.start() < a.end()))
                .findFirst().orElse(null);
        Location national = country != null ? locations.of(country.place(), 3)
                : document.focusCountry() != null ? locations.of(document.focusCountry(), 3) : null;
        return List.of(national == null ? Location.UNKNOWN : national.withoutCoordinates());
    }

    private EventDraft draft(AnnotatedDocument document, AnnotatedSentence sentence, TriggerGroup group, List<ActorMention> actors,
                             List<CasualtyCount> counts, List<TriggerGroup> groups, Context context, EventDate sentenceDate,
                             String attributedTo, Evidence evidence, Location location, boolean placeInferred, boolean singlePlace) {
        Trigger main = group.main();
        boolean diplomacy = group.isDiplomacy();
        List<Actor> parties = parties(sentence, group, actors, groups, context, diplomacy);
        Actor claimant = claimant(sentence, actors);
        if (claimant != null && !diplomacy) {
            parties = prepend(claimant, parties);
        }
        if (diplomacy && parties.isEmpty()) {
            return null; // talks or a deal with nobody named: not codable
        }
        Actor actor1 = parties.isEmpty() ? defaultActor(main) : parties.get(0);
        Actor actor2 = null;
        List<Actor> assoc = new ArrayList<>();
        if (diplomacy) {
            actor2 = parties.size() > 1 ? parties.get(1) : null;
        } else {
            assoc.addAll(parties.subList(Math.min(1, parties.size()), parties.size()));
            actor2 = target(sentence, group, actors, actor1);
        }
        String subEventType = !main.rule().isTerritorial() ? main.rule().subEventType()
                : peacefulTransfer.matcher(sentence.text() + " " + nextSentenceText(document, sentence)).find() ? "Non-violent transfer of territory"
                : actor1.inter() == 1 ? "Government regains territory" : "Non-state actor overtakes territory";
        // named civilians as the target, or a civilian target word just after the trigger when no actor is named as it
        boolean civiliansTargeted = actor2 != null ? actor2.inter() == 7 : civilianTargetAfter(sentence, group);
        if (subEventType.equals("Armed clash") && civiliansTargeted && isArmed(actor1)) {
            subEventType = "Attack";
        }
        if (DemonstrationCues.isDemonstration(subEventType)) {
            subEventType = demonstrationCues.escalate(subEventType, sentence.text() + " " + nextSentenceText(document, sentence));
        }

        TimeMention when = nearestTime(sentence, group);
        EventDate date = when != null ? when.date() : sentenceDate;
        if (date == null) {
            return null; // an undated text: an incident without a date of its own cannot be coded
        }
        Modality modality = modality(sentence, group);
        if (modality == Modality.ASSERTED && when != null && when.future()) {
            modality = Modality.PLANNED;
        }

        Integer killedLow = null;
        Integer killedHigh = null;
        boolean killedVague = false;
        Integer injuredLow = null;
        String injuredText = null;
        Integer arrested = null;
        Integer abducted = null;
        if (singlePlace) {
            for (CasualtyCount count : counts) {
                TriggerGroup nearest = groups.stream().min(Comparator.comparingInt(g -> g.distanceTo(count.start(), count.end()))).orElseThrow();
                if (nearest != group) {
                    continue;
                }
                // "four civilians were injured": who the incident struck
                civiliansTargeted |= (count.killed() || count.injured()) && casualtyReader.civilianVictims(count);
                if (count.killed() && killedLow == null) {
                    killedLow = count.low();
                    killedHigh = count.high();
                    killedVague = count.vague();
                } else if (count.injured() && injuredLow == null) {
                    injuredLow = count.low();
                    injuredText = vagueInjuredWords(count);
                } else if (count.role() == CasualtyCount.Role.ARRESTED && arrested == null) {
                    arrested = count.low();
                } else if (count.role() == CasualtyCount.Role.ABDUCTED && abducted == null) {
                    abducted = count.low();
                }
            }
        }
        // an incident the text does not place needs more than a common word to be coded: a specific trigger ("car
        // bomb", "tear gas"), a party named in the text or a toll; "his approval rating has fallen" or "exports
        // rallied" in business news has none, "Gunmen have killed 14 people" has
        boolean corroborated = main.rule().specificity() >= SPECIFIC_TRIGGER || !parties.isEmpty() || actor2 != null
                || killedLow != null || injuredLow != null || injuredText != null || arrested != null || abducted != null;
        if (location.latitude() == null && !corroborated) {
            return null;
        }
        Set<String> weapons = new LinkedHashSet<>();
        group.triggers().stream().map(t -> t.rule().weapon()).filter(Objects::nonNull).forEach(weapons::add);
        return new EventDraft(sentence.sentence().index(), subEventType, main.rule().specificity(), main.rule().category(),
                actor1, assoc, actor2, claimant, location, placeInferred, date, modality, killedLow, killedHigh, killedVague, injuredLow,
                injuredText, arrested, abducted, civiliansTargeted, weapons, attributedTo, List.of(evidence),
                group.triggers().stream().map(t -> new Span(t.start(), t.end())).toList());
    }

    /**
     * Whether an actor bears arms (not civilians, protesters or rioters): an armed attack on civilians is one-sided,
     * an Attack, not an Armed clash ("gunmen attacked a church", "militants opened fire on a civilian bus").
     */
    private static boolean isArmed(Actor actor) {
        return actor.inter() != 7 && actor.inter() != 6 && actor.inter() != 5;
    }

    /** A civilian target in the few words after the trigger: "launched a rocket at houses", "attacked a church". */
    private boolean civilianTargetAfter(AnnotatedSentence sentence, TriggerGroup group) {
        int from = group.main().end() - sentence.sentence().start();
        String after = sentence.text().substring(Math.min(from, sentence.text().length()));
        return civilianTarget.matcher(after).lookingAt();
    }

    /** The sentence after this one in the same paragraph ("... the police dispersed them"), or "". */
    private static String nextSentenceText(AnnotatedDocument document, AnnotatedSentence sentence) {
        int next = sentence.sentence().index() + 1;
        if (next >= document.sentences().size()) {
            return "";
        }
        AnnotatedSentence following = document.sentences().get(next);
        return following.sentence().paragraph() == sentence.sentence().paragraph() ? following.text() : "";
    }

    /** Who acts when the text names nobody: demonstrators in a demonstration, else an unidentified armed group. */
    /** The actor of an incident whose text names none: the taxonomy's default for its kind. */
    private Actor defaultActor(Trigger main) {
        String key = main.rule().isTerritorial() ? null : taxonomy.defaultActorKey(main.rule().subEventType());
        ActorEntry entry = key == null ? null : actorDictionary.entry(key);
        return entry == null ? Actor.UNIDENTIFIED : entry.actor();
    }

    /** "dozens" of "dozens wounded": the words of an injured count that gives no number, else null. */
    private static String vagueInjuredWords(CasualtyCount count) {
        return count.vague()
                ? count.text().replaceAll("(?i)\\s*(wounded|injured|hurt).*$", "").replaceAll("[“”\"]", "").trim() : null;
    }

    /** The parties acting: for talks, everyone named in the clause; for violence, the run of actors right before the trigger. */
    private List<Actor> parties(AnnotatedSentence sentence, TriggerGroup group, List<ActorMention> actors, List<TriggerGroup> groups,
                                Context context, boolean diplomacy) {
        // "Security forces intercepted a drone": who stops an attack is its target, not its actor (unless the
        // incident is the interception itself, a Disrupted weapons use)
        boolean interception = group.key().equals("Disrupted weapons use");
        // "At least three military troops died in the drone strike": the counted victims are no party either
        List<ActorMention> reachable = actors.stream().filter(a -> noOtherTriggerBetween(a, group, groups))
                .filter(a -> interception || !INTERCEPTOR.matcher(sentence.after(a.end())).lookingAt())
                .filter(a -> sentence.numbers().stream().noneMatch(c -> c.start() <= a.start() && a.end() <= c.end()))
                .toList();
        List<Actor> parties = new ArrayList<>();
        if (diplomacy) {
            List<ActorMention> named = reachable.isEmpty() && PRONOUN.matcher(sentence.text()).find() ? context.lastActors : reachable;
            named.forEach(a -> addDistinct(parties, governmentOf(a.actor())));
            return parties;
        }
        // "was captured by rebels": the agent of a passive acts; in an active clause the agent of another verb
        // ("regained parts of the town that were captured by rebels") does not
        boolean passive = PASSIVE_AUXILIARY.matcher(sentence.before(group.main().start())).find();
        ActorMention agent = agentAfter(sentence, group, reachable);
        if (passive && agent != null) {
            parties.add(agent.actor());
            return parties;
        }
        // an actor whose mention ends in the trigger ("US warplanes") acts in it as much as one just before it;
        // the object of an attack just before ("a crackdown on Taliban militants recaptured ...") does not
        List<ActorMention> before = reachable.stream()
                .filter(a -> a.start() < group.start() && group.start() - a.end() <= ACTOR_REACH_CHARS)
                .filter(a -> !OBJECT_OF_ATTACK.matcher(sentence.before(a.start())).find()).toList();
        if (!before.isEmpty()) {
            int i = before.size() - 1;
            while (i > 0 && ACTOR_GLUE.matcher(sentence.sentence().slice(before.get(i - 1).end(), before.get(i).start())).matches()) {
                i--;
            }
            for (ActorMention a : before.subList(i, before.size())) {
                addDistinct(parties, a.actor());
            }
        } else if (agent != null) {
            // "air strikes carried out by Russian jets": the agent named after the trigger
            parties.add(agent.actor());
        } else {
            // "PKK militants carried out attacks via 'aerial vehicles' (presumably armed drones)": the subject,
            // further away than the words just before the trigger, unless it is the object of an attack
            reachable.stream().filter(a -> a.end() <= group.start())
                    .filter(a -> !OBJECT_OF_ATTACK.matcher(sentence.before(a.start())).find())
                    .filter(a -> !sentence.sentence().slice(a.end(), group.start()).contains(";"))
                    .findFirst().ifPresent(a -> parties.add(a.actor()));
        }
        return parties;
    }

    /** The first actor after the trigger that a "by" introduces ("carried out by Russian jets"), or null. */
    private static ActorMention agentAfter(AnnotatedSentence sentence, TriggerGroup group, List<ActorMention> reachable) {
        return reachable.stream().filter(a -> a.start() > group.start() && PASSIVE_BY.matcher(sentence.before(a.start())).find())
                .findFirst().orElse(null);
    }

    private static boolean noOtherTriggerBetween(ActorMention actor, TriggerGroup group, List<TriggerGroup> groups) {
        int from = Math.min(actor.end(), group.start());
        int to = Math.max(actor.start(), group.start());
        return groups.stream().filter(g -> g != group).flatMap(g -> g.triggers().stream())
                .noneMatch(t -> t.start() >= from && t.end() <= to);
    }

    private Actor governmentOf(Actor actor) {
        ActorEntry entry = actorDictionary.entry(actor.key());
        return entry == null ? actor : entry.asGovernment();
    }

    private static void addDistinct(List<Actor> actors, Actor actor) {
        if (actors.stream().noneMatch(a -> a.key().equals(actor.key()))) {
            actors.add(actor);
        }
    }

    private static List<Actor> prepend(Actor first, List<Actor> rest) {
        List<Actor> all = new ArrayList<>();
        all.add(first);
        rest.stream().filter(a -> !a.key().equals(first.key())).forEach(all::add);
        return all;
    }

    /** Who claims the attack in this sentence ("ISIS ... claimed responsibility"), unless the claim is denied or awaited. */
    private static Actor claimant(AnnotatedSentence sentence, List<ActorMention> actors) {
        var claim = CLAIM.matcher(sentence.text());
        if (!CLAIM_STARTS.find(claim, sentence.text(), 0) || CLAIM_NEGATED.matcher(sentence.text()).find()) {
            return null;
        }
        int claimAt = sentence.sentence().start() + claim.start();
        return actors.stream().filter(a -> a.end() <= claimAt).reduce((a, b) -> b).map(ActorMention::actor).orElse(null);
    }

    /** The party acted upon: the first actor after the trigger, when it is not the attacker. */
    private static Actor target(AnnotatedSentence sentence, TriggerGroup group, List<ActorMention> actors, Actor actor1) {
        return actors.stream()
                .filter(a -> a.start() >= group.main().end() && a.start() - group.main().end() <= ACTOR_REACH_CHARS)
                .filter(a -> !PASSIVE_BY.matcher(sentence.before(a.start())).find())
                .map(ActorMention::actor).filter(a -> !a.key().equals(actor1.key())).findFirst().orElse(null);
    }

    /** The modality of the group's first trigger: later ones are its complements ("failed to reach a deal on a ceasefire"). */
    private Modality modality(AnnotatedSentence sentence, TriggerGroup group) {
        return modalityCues.before(sentence.before(group.triggers().get(0).start()));
    }

    private static TimeMention nearestTime(AnnotatedSentence sentence, TriggerGroup group) {
        return sentence.times().stream().filter(RuleBasedEventCoder::isCalendarDate)
                .min(Comparator.comparingInt(t -> group.distanceTo(t.start(), t.end()))).orElse(null);
    }

    private static boolean isCalendarDate(TimeMention t) {
        return t.date() != null && (t.type() == TimexType.DATE || t.type() == TimexType.TIME);
    }

    /**
     * The date of a sentence with no date of its own: the last date of the few sentences before (not a future
     * one), else the reference time. Either way it is inferred, not read, and says so. Null for an undated
     * text without a date of its own.
     */
    private static EventDate sentenceDate(AnnotatedDocument document, AnnotatedSentence sentence, Context context) {
        TimeMention own = sentence.times().stream().filter(RuleBasedEventCoder::isCalendarDate).filter(t -> !t.future()).findFirst().orElse(null);
        if (own != null) {
            return own.date();
        }
        if (context.lastDate != null && context.lastDateSentence >= sentence.sentence().index() - DATE_CARRY_SENTENCES) {
            return new EventDate(context.lastDate.date(), context.lastDate.precision(), false);
        }
        LocalDateTime reference = TaggerTimeResolver.referenceFor(document.document(), sentence.sentence().start());
        return reference == null ? null : new EventDate(reference.toLocalDate(), DatePrecision.DAY, false);
    }

    private CasualtyReport toll(AnnotatedDocument document, AnnotatedSentence sentence, List<CasualtyCount> counts,
                                EventDate date, String attributedTo, Evidence evidence, int index) {
        PlaceMention area = sentence.places().stream().filter(PlaceMention::isArea).findFirst()
                .orElse(sentence.places().isEmpty() ? null : sentence.places().get(0));
        Location location = area != null ? locations.of(area)
                : document.focusCountry() != null ? locations.of(document.focusCountry(), 3) : null;
        String areaName = area != null ? area.place().name() : location != null ? location.location() : null;
        Integer killed = counts.stream().filter(CasualtyCount::killed).map(CasualtyCount::low).findFirst().orElse(null);
        Integer injured = counts.stream().filter(CasualtyCount::injured).map(CasualtyCount::low).findFirst().orElse(null);
        String docId = document.document().id();
        return new CasualtyReport(docId + "-t" + (index + 1), docId, areaName, location, date, killed, injured, attributedTo, evidence);
    }

    private static void remember(AnnotatedSentence sentence, List<PlaceMention> places, List<ActorMention> actors, Context context) {
        int index = sentence.sentence().index();
        List<PlaceMention> specific = places.stream().filter(p -> !p.isArea()).toList();
        if (specific.size() >= 2) {
            context.lastPlaceList = specific;
            context.lastPlaceListSentence = index;
        }
        if (!actors.isEmpty()) {
            context.lastActors = actors;
        }
        sentence.times().stream().filter(RuleBasedEventCoder::isCalendarDate).filter(t -> !t.future()).reduce((a, b) -> b)
                .ifPresent(t -> {
                    context.lastDate = t.date();
                    context.lastDateSentence = index;
                });
    }
}
