package org.sitrep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.pipeline.AnnotatedSentence;
import org.sitrep.pipeline.Extractor;
import org.sitrep.pipeline.actors.ActorMention;
import org.sitrep.pipeline.actors.Attribution;
import org.sitrep.pipeline.coding.CasualtyCount;
import org.sitrep.pipeline.geo.PlaceMention;
import org.sitrep.temporal.TimeMention;

/**
 * The annotate output (docs/output-format.md): every mention the pipeline's stages found in a document, with
 * what it resolved to, as one JSON object. Offsets are Unicode code points into the input text, end exclusive,
 * as in the corpora of ../shared/eval — not Java's UTF-16 indices.
 */
final class Annotations {
    private Annotations() {
    }

    static Map<String, Object> of(Extractor.Analysis analysis) {
        String text = analysis.annotated().document().text();
        CodePoints offsets = new CodePoints(text);
        List<Map<String, Object>> places = new ArrayList<>();
        List<Map<String, Object>> times = new ArrayList<>();
        List<Map<String, Object>> actors = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Map<String, Object>> numbers = new ArrayList<>();
        // a generic actor ("Military Forces of {country}") is named after the report's country, as events name it
        // after theirs
        Place focus = analysis.annotated().focusCountry();
        for (AnnotatedSentence sentence : analysis.annotated().sentences()) {
            sentence.places().forEach(p -> places.add(place(p, text, offsets)));
            sentence.times().forEach(t -> times.add(time(t, text, offsets)));
            sentence.actors().forEach(a -> actors.add(actor(a, focus, text, offsets)));
            sentence.attributions().forEach(a -> sources.add(source(a, text, offsets)));
            sentence.numbers().forEach(n -> numbers.add(number(n, text, offsets)));
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (Event event : analysis.extraction().events()) {
            for (Span trigger : event.triggers()) {
                Map<String, Object> item = item(trigger.start(), trigger.end(), text, offsets);
                item.put("event_id", event.id());
                item.put("event_type", event.eventType());
                item.put("sub_event_type", event.subEventType());
                item.put("modality", event.modality().label());
                events.add(item);
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", analysis.annotated().document().id());
        document.put("published", analysis.annotated().document().published() == null ? null
                : analysis.annotated().document().published().toString());
        document.put("places", places);
        document.put("times", times);
        document.put("actors", actors);
        document.put("sources", sources);
        document.put("numbers", numbers);
        document.put("events", events);
        return document;
    }

    private static Map<String, Object> place(PlaceMention mention, String text, CodePoints offsets) {
        Map<String, Object> item = item(mention.start(), mention.end(), text, offsets);
        Place p = mention.place();
        item.put("geonameid", p.id() > 0 ? p.id() : null);
        item.put("name", p.name());
        item.put("lat", p.latitude());
        item.put("lon", p.longitude());
        item.put("country", p.countryName());
        item.put("country_code", p.countryCode());
        item.put("admin1", p.isCountry() ? null : p.admin1Name());
        item.put("admin2", p.isCountry() || p.isAdmin1() ? null : p.admin2Name());
        item.put("feature_code", p.featureCode());
        item.put("geo_precision", mention.geoPrecision());
        return item;
    }

    private static Map<String, Object> time(TimeMention mention, String text, CodePoints offsets) {
        Map<String, Object> item = item(mention.start(), mention.end(), text, offsets);
        item.put("type", mention.type().name());
        item.put("value", mention.value());
        item.put("date", mention.date() == null ? null : mention.date().iso());
        item.put("date_precision", mention.date() == null ? null : mention.date().precision().label());
        item.put("future", mention.future());
        item.put("unresolved_reason", mention.unresolvedReason());
        return item;
    }

    private static Map<String, Object> actor(ActorMention mention, Place focus, String text, CodePoints offsets) {
        Actor actor = focus == null ? mention.actor().inCountry(null, null)
                : mention.actor().inCountry(focus.countryCode(), focus.countryName());
        Map<String, Object> item = item(mention.start(), mention.end(), text, offsets);
        item.put("actor", actor.name());
        item.put("key", actor.key());
        item.put("inter", mention.actor().inter());
        return item;
    }

    private static Map<String, Object> source(Attribution mention, String text, CodePoints offsets) {
        Map<String, Object> item = item(mention.start(), mention.end(), text, offsets);
        item.put("source", mention.source());
        return item;
    }

    private static Map<String, Object> number(CasualtyCount count, String text, CodePoints offsets) {
        Map<String, Object> item = item(count.start(), count.end(), text, offsets);
        item.put("role", count.role().label());
        item.put("low", count.low());
        item.put("high", count.high());
        item.put("vague", count.vague());
        return item;
    }

    private static Map<String, Object> item(int start, int end, String text, CodePoints offsets) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("start", offsets.of(start));
        item.put("end", offsets.of(end));
        item.put("text", text.substring(start, end));
        return item;
    }

    /** Java string index → code point index, precomputed once per text so that each conversion is a look-up. */
    static final class CodePoints {
        private final int[] codePointAt;

        CodePoints(String text) {
            codePointAt = new int[text.length() + 1];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                codePointAt[i] = count;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                    count++;
                }
            }
            codePointAt[text.length()] = count;
        }

        int of(int index) {
            return codePointAt[index];
        }
    }
}
