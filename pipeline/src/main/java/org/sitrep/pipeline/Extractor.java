package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.ToIntFunction;
import org.sitrep.gazetteer.CountryCodes;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Place;
import org.sitrep.gazetteer.ToponymFinder;
import org.sitrep.model.Actor;
import org.sitrep.model.ControlObservation;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.pipeline.actors.ActorDictionary;
import org.sitrep.pipeline.actors.ActorMention;
import org.sitrep.pipeline.actors.ActorRecognizer;
import org.sitrep.pipeline.actors.Attribution;
import org.sitrep.pipeline.actors.AttributionFinder;
import org.sitrep.pipeline.actors.DictionaryActorRecognizer;
import org.sitrep.pipeline.coding.CasualtyReader;
import org.sitrep.pipeline.coding.ControlReader;
import org.sitrep.pipeline.coding.DemonstrationCues;
import org.sitrep.pipeline.coding.EventCoder;
import org.sitrep.pipeline.coding.EventDraft;
import org.sitrep.pipeline.coding.EventLexicon;
import org.sitrep.pipeline.coding.ModalityCues;
import org.sitrep.pipeline.coding.RuleBasedEventCoder;
import org.sitrep.pipeline.coding.Taxonomy;
import org.sitrep.pipeline.geo.GazetteerGeocoder;
import org.sitrep.pipeline.geo.Geocoder;
import org.sitrep.pipeline.geo.Locations;
import org.sitrep.pipeline.geo.PlaceMention;
import org.sitrep.pipeline.merge.EventMerger;
import org.sitrep.pipeline.merge.SameIncidentMerger;
import org.sitrep.pipeline.text.Captions;
import org.sitrep.pipeline.text.OpenNlpSegmenter;
import org.sitrep.pipeline.text.Segmenter;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.pipeline.time.TaggerTimeResolver;
import org.sitrep.pipeline.time.TimeResolver;
import org.sitrep.temporal.RuleBasedTemporalTagger;
import org.sitrep.temporal.TimeMention;

/**
 * The extraction pipeline: segment → resolve time → geocode → recognise actors and sources → code events,
 * tolls and control → merge the mentions of one incident. Each stage is injected; {@link #createDefault()}
 * wires the standard ones. An extractor is not thread-safe (OpenNLP's models are not): one per thread.
 */
public final class Extractor {
    private final Segmenter segmenter;
    private final TimeResolver timeResolver;
    private final Geocoder geocoder;
    private final ActorRecognizer actorRecognizer;
    private final AttributionFinder attributionFinder;
    private final CasualtyReader casualtyReader;
    private final EventCoder eventCoder;
    private final EventMerger merger;
    private final Gazetteer gazetteer;
    private final Taxonomy taxonomy;

    public Extractor(Segmenter segmenter, TimeResolver timeResolver, Geocoder geocoder, ActorRecognizer actorRecognizer,
                     AttributionFinder attributionFinder, CasualtyReader casualtyReader, EventCoder eventCoder, EventMerger merger,
                     Gazetteer gazetteer, Taxonomy taxonomy) {
        this.segmenter = segmenter;
        this.timeResolver = timeResolver;
        this.geocoder = geocoder;
        this.actorRecognizer = actorRecognizer;
        this.attributionFinder = attributionFinder;
        this.casualtyReader = casualtyReader;
        this.eventCoder = eventCoder;
        this.merger = merger;
        this.gazetteer = gazetteer;
        this.taxonomy = taxonomy;
    }

    /**
     * The standard stages with the bundled models, gazetteer and dictionaries. The gazetteer, the largest of them,
     * loads on a thread of its own while this thread loads the rest, so that the first document is read sooner.
     */
    public static Extractor createDefault() {
        return createDefault(loadGazetteerInBackground());
    }

    /** The standard stages around a gazetteer already loaded (it is the slow part: share it between extractors). */
    public static Extractor createDefault(Gazetteer gazetteer) {
        return createDefault(CompletableFuture.completedFuture(gazetteer));
    }

    /** The standard stages around a gazetteer still loading: the other models load meanwhile. */
    public static Extractor createDefault(CompletableFuture<Gazetteer> loadingGazetteer) {
        Taxonomy taxonomy = Taxonomy.loadDefault();
        ActorDictionary actors = ActorDictionary.loadDefault();
        CasualtyReader casualties = CasualtyReader.loadDefault();
        EventCoder coder = new RuleBasedEventCoder(taxonomy, EventLexicon.loadDefault(taxonomy), ModalityCues.loadDefault(),
                DemonstrationCues.loadDefault(), Captions.loadDefault(),
                casualties, new ControlReader(actors), actors, new Locations(CountryCodes.loadDefault()));
        Segmenter segmenter = OpenNlpSegmenter.english();
        TimeResolver timeResolver = new TaggerTimeResolver(RuleBasedTemporalTagger.loadDefault());
        AttributionFinder attributions = AttributionFinder.loadDefault();
        Gazetteer gazetteer;
        try {
            gazetteer = loadingGazetteer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return new Extractor(segmenter, timeResolver, new GazetteerGeocoder(new ToponymFinder(gazetteer)),
                new DictionaryActorRecognizer(actors), attributions, casualties, coder,
                new SameIncidentMerger(taxonomy::eventType), gazetteer, taxonomy);
    }

    /** Starts {@link Gazetteer#loadDefault()} on a daemon thread of its own (not the common pool, which may be busy). */
    private static CompletableFuture<Gazetteer> loadGazetteerInBackground() {
        return CompletableFuture.supplyAsync(Gazetteer::loadDefault,
                task -> Thread.ofPlatform().name("gazetteer-load").daemon().start(task));
    }

    /**
     * What the pipeline read in a document: every stage's mentions, and the events, tolls and control
     * observations coded from them.
     */
    public record Analysis(AnnotatedDocument annotated, Extraction extraction) {
    }

    /**
     * Reads a document. Its publication time is the reference for relative dates, so a document without
     * one is refused: the caller must supply it.
     */
    public Extraction extract(Document document) {
        if (document.published() == null) {
            throw new IllegalArgumentException("document " + document.id() + " has no publication time to resolve its dates against");
        }
        return analyze(document).extraction();
    }

    /**
     * Reads a document and keeps every stage's findings beside the coded records. A document without a
     * publication time is read too: relative dates stay unresolved, and events are coded only where an
     * absolute date dates them.
     */
    public Analysis analyze(Document document) {
        AnnotatedDocument annotated = annotate(document);
        EventCoder.Coding coding = eventCoder.code(annotated);
        List<EventDraft> merged = merger.merge(coding.events());
        List<Event> events = new ArrayList<>();
        List<ControlObservation> controls = new ArrayList<>(coding.controlObservations());
        for (EventDraft draft : merged) {
            Event event = toEvent(document, draft, events.size() + 1);
            events.add(event);
            if (isTerritorial(event) && !event.actor1().isUnidentified()) {
                controls.add(new ControlObservation(document.id() + "-c" + (controls.size() + 1), document.id(),
                        event.location().location(), event.location(), event.actor1(), event.actor2(), event.eventDate(),
                        event.evidence().get(0)));
            }
        }
        return new Analysis(annotated, new Extraction(document, events, coding.casualtyReports(), controls));
    }

    /** The annotation stages alone: what each found in each sentence. */
    public AnnotatedDocument annotate(Document document) {
        List<Sentence> sentences = segmenter.segment(document);
        Geocoder.GeoAnalysis geo = geocoder.geocode(sentences);
        // mentions come in text order: each sentence takes its share in one pass, however long the document
        Cursor<TimeMention> times = new Cursor<>(timeResolver.resolve(document, sentences), TimeMention::start, TimeMention::end);
        Cursor<PlaceMention> places = new Cursor<>(geo.places(), PlaceMention::start, PlaceMention::end);
        List<AnnotatedSentence> annotated = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<ActorMention> actors = actorRecognizer.recognize(sentence, geo.focusCountry());
            List<Attribution> attributions = attributionFinder.find(sentence);
            List<TimeMention> sentenceTimes = times.within(sentence);
            // a name that is both (Kerry, Washington) is the actor where the recognizer kept it as one, but a
            // country acting ("Russia said") is still named as the place it is; a source's name ("Amaq News
            // Agency") and words of a date ("On Jan 30th", not a village named Injanah) are never places
            List<PlaceMention> sentencePlaces = places.within(sentence).stream()
                    .filter(p -> isPolity(p) || actors.stream().noneMatch(a -> a.start() < p.end() && p.start() < a.end()))
                    .filter(p -> attributions.stream().noneMatch(a -> a.start() < p.end() && p.start() < a.end()))
                    .filter(p -> sentenceTimes.stream().noneMatch(t -> t.start() < p.end() && p.start() < t.end()))
                    .toList();
            annotated.add(new AnnotatedSentence(sentence, sentenceTimes, sentencePlaces, actors, attributions,
                    casualtyReader.read(sentence)));
        }
        Place focus = geo.focusCountry() == null ? null : gazetteer.country(geo.focusCountry()).orElse(null);
        return new AnnotatedDocument(document, annotated, focus);
    }

    private static boolean isPolity(PlaceMention place) {
        return place.place().isContinent() || place.place().isCountry();
    }

    /** Walks a list of mentions sorted by offset, handing each sentence those that lie inside it. */
    private static final class Cursor<T> {
        private final List<T> mentions;
        private final ToIntFunction<T> start;
        private final ToIntFunction<T> end;
        private int next;

        Cursor(List<T> mentions, ToIntFunction<T> start, ToIntFunction<T> end) {
            this.mentions = mentions.stream().sorted(java.util.Comparator.comparingInt(start)).toList();
            this.start = start;
            this.end = end;
        }

        List<T> within(Sentence sentence) {
            while (next < mentions.size() && start.applyAsInt(mentions.get(next)) < sentence.start()) {
                next++;
            }
            List<T> inside = new ArrayList<>();
            int i = next;
            while (i < mentions.size() && start.applyAsInt(mentions.get(i)) < sentence.end()) {
                if (end.applyAsInt(mentions.get(i)) <= sentence.end()) {
                    inside.add(mentions.get(i));
                }
                i++;
            }
            next = i;
            return inside;
        }
    }

    private static boolean isTerritorial(Event event) {
        return event.subEventType().equals("Government regains territory") || event.subEventType().equals("Non-state actor overtakes territory");
    }

    private Event toEvent(Document document, EventDraft d, int number) {
        String subEventType = d.subEventType();
        String eventType = taxonomy.eventType(subEventType);
        String civilianTargeting = eventType.equals("Violence against civilians") || d.civiliansTargeted()
                ? "Civilian targeting" : null;
        String notes = String.join(" ", d.evidence().stream().map(Evidence::sentence).toList());
        return new Event(document.id() + "-e" + number, document.id(), d.date(), taxonomy.disorderType(subEventType),
                eventType, subEventType, d.category(), ofCountry(d.actor1(), d.location()),
                d.assocActor1().stream().map(a -> ofCountry(a, d.location()).name()).toList(),
                ofCountry(d.actor2(), d.location()), List.of(), civilianTargeting, d.location(), document.publisher(), null, notes,
                d.fatalitiesLow(), d.fatalitiesLow(), d.fatalitiesHigh(), d.injuredLow(), d.injuredText(), d.arrested(), d.abducted(), d.modality(),
                d.claimedBy(), List.copyOf(d.weapons()), d.attributedTo(), confidence(d), d.evidence(), d.triggers());
    }

    /** A generic actor named after the country of the event's place (see {@link Actor#inCountry}). */
    private static Actor ofCountry(Actor actor, Location location) {
        return actor == null ? null
                : location == null ? actor.inCountry(null, null) : actor.inCountry(location.countryCode(), location.country());
    }

    /**
     * How much of the event was read rather than inferred: a specific trigger, a place named in the sentence,
     * a date written in the text and a named actor each add to a base of 0.3.
     */
    private static double confidence(EventDraft d) {
        double c = 0.3 + 0.2 * Math.min(1.0, d.specificity() / 7.0);
        c += d.placeInferred() ? 0.0 : 0.2;
        c += d.date().explicit() ? 0.15 : 0.05;
        c += d.actor1().isUnidentified() ? 0.0 : 0.15;
        return Math.round(Math.min(1.0, c) * 100) / 100.0;
    }
}
