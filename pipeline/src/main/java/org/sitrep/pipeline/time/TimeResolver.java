package org.sitrep.pipeline.time;

import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.TimeMention;

/** Stage: the temporal expressions of a document, resolved against its reference time, with document offsets. */
public interface TimeResolver {
    List<TimeMention> resolve(Document document, List<Sentence> sentences);
}
