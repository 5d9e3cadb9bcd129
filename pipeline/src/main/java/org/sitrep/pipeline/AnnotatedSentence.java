package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.pipeline.actors.ActorMention;
import org.sitrep.pipeline.actors.Attribution;
import org.sitrep.pipeline.coding.CasualtyCount;
import org.sitrep.pipeline.geo.PlaceMention;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.TimeMention;

/** A sentence with what the earlier stages found in it; all offsets are document offsets. */
public record AnnotatedSentence(Sentence sentence, List<TimeMention> times, List<PlaceMention> places,
                                List<ActorMention> actors, List<Attribution> attributions, List<CasualtyCount> numbers) {
    public AnnotatedSentence {
        numbers = List.copyOf(numbers);
        times = List.copyOf(times);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        attributions = List.copyOf(attributions);
    }

    public String text() {
        return sentence.text();
    }

    /** How much text before a mention the local patterns (modality cues, "X-held", "by X") look at. */
    public static final int LOOK_BACK_CHARS = 200;

    /**
     * The sentence text just before a document offset inside it: at most {@value #LOOK_BACK_CHARS} characters,
     * all that the local patterns read — and a bound that keeps an end-anchored pattern linear on a sentence
     * of a million characters.
     */
    public String before(int offset) {
        int end = Math.max(0, offset - sentence.start());
        return sentence.text().substring(Math.max(0, end - LOOK_BACK_CHARS), end);
    }

    /** The sentence text after a document offset inside it. */
    public String after(int offset) {
        return sentence.text().substring(Math.min(sentence.text().length(), offset - sentence.start()));
    }
}
