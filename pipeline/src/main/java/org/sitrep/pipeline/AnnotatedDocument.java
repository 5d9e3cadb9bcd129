package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.gazetteer.Place;
import org.sitrep.model.Document;

/**
 * A document with its annotated sentences and the country the report is about.
 *
 * @param focusCountry the gazetteer's country place the report is mostly about; null when no place was found
 */
public record AnnotatedDocument(Document document, List<AnnotatedSentence> sentences, Place focusCountry) {
    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    public String focusCountryCode() {
        return focusCountry == null ? null : focusCountry.countryCode();
    }
}
