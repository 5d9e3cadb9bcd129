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

    /** The sentence text before a document offset inside it. */
    public String before(int offset) {
        return sentence.text().substring(0, Math.max(0, offset - sentence.start()));
    }

    /** The sentence text after a document offset inside it. */
    public String after(int offset) {
        return sentence.text().substring(Math.min(sentence.text().length(), offset - sentence.start()));
    }
}
