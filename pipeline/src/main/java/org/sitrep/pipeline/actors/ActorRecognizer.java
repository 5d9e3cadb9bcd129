package org.sitrep.pipeline.actors;

import java.util.List;
import org.sitrep.pipeline.text.Sentence;

/** Stage: the actors named in a sentence, normalised, for a report about the given focus country. */
public interface ActorRecognizer {
    List<ActorMention> recognize(Sentence sentence, String focusCountry);
}
