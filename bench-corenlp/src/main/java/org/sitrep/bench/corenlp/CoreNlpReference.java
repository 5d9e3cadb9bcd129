package org.sitrep.bench.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.sitrep.gazetteer.CountryCodes;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.pipeline.geo.Locations;

/**
 * The reference pipeline: CoreNLP tokenize, ssplit, pos, lemma, ner (SUTime against the document date), and sitrep's
 * gazetteer for its location mentions. It codes no event type: each sentence with a place becomes one uncoded
 * event there, dated by the sentence's first full date or else the document's, so that it is scored on what it can
 * read — the place (within 25 km) and the date (exact) — beside sitrep.
 */
public final class CoreNlpReference {
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private final StanfordCoreNLP pipeline;
    private final Gazetteer gazetteer;
    private final Locations locations;

    public CoreNlpReference(StanfordCoreNLP pipeline, Gazetteer gazetteer, Locations locations) {
        this.pipeline = pipeline;
        this.gazetteer = gazetteer;
        this.locations = locations;
    }

    public static CoreNlpReference standard(Gazetteer gazetteer) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.useSUTime", "true");
        // the annotators asked for and no more: fine-grained NER and entity linking would cost the reference time
        // that sitrep does not spend either
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        return new CoreNlpReference(new StanfordCoreNLP(props), gazetteer, new Locations(CountryCodes.loadDefault()));
    }

    public Extraction extract(Document document) {
        CoreDocument annotated = new CoreDocument(document.text());
        if (document.published() != null) {
            annotated.annotation().set(CoreAnnotations.DocDateAnnotation.class, document.published().toLocalDate().toString());
        }
        pipeline.annotate(annotated);
        List<Event> events = new ArrayList<>();
        for (CoreSentence sentence : annotated.sentences()) {
            Location place = null;
            LocalDate date = null;
            for (CoreEntityMention mention : sentence.entityMentions()) {
                if (place == null && PLACE_TYPES.contains(mention.entityType())) {
                    place = gazetteer.candidates(mention.text()).stream().max(Comparator.comparingLong(Place::population))
                            .map(p -> locations.of(p, 1)).orElse(null);
                } else if (date == null && mention.entityType().equals("DATE")) {
                    date = fullDate(mention.coreMap().get(TimeAnnotations.TimexAnnotation.class));
                }
            }
            if (place == null || (date == null && document.published() == null)) {
                continue;
            }
            boolean explicit = date != null;
            LocalDate day = explicit ? date : document.published().toLocalDate();
            String id = document.id() + "-r" + (events.size() + 1);
            String text = sentence.text();
            int start = sentence.charOffsets().first();
            events.add(new Event(id, document.id(), new EventDate(day, DatePrecision.DAY, explicit), "Strategic developments",
                    "Strategic developments", "Other", null, Actor.UNIDENTIFIED, List.of(), null, List.of(), null, place,
                    document.publisher(), null, text, null, null, null, null, null, null, null, Modality.ASSERTED, null, List.of(), null, 0.5,
                    List.of(new Evidence(document.id(), text, start, start + text.length())), List.of()));
        }
        return new Extraction(document, events, List.of(), List.of());
    }

    private static LocalDate fullDate(Timex timex) {
        if (timex == null || timex.value() == null || !timex.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(timex.value());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
