package org.sitrep.pipeline.text;

import java.util.List;
import org.sitrep.model.Document;

/** Stage 1: split a document into sentences and tokens. */
public interface Segmenter {
    List<Sentence> segment(Document document);
}
