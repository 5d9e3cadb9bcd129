package org.sitrep.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;

class OpenNlpSegmenterTest {
    private final Segmenter segmenter = OpenNlpSegmenter.english();

    private List<Sentence> segment(String text) {
        return segmenter.segment(new Document("t", null, null, LocalDateTime.of(2016, 9, 5, 0, 0), text, List.of()));
    }

    @Test
    void headlinesAndCaptionsWithoutFullStopsAreSentencesOfTheirOwn() {
        List<Sentence> sentences = segment("Bombs Kill Dozens In Syria\n\nSeptember 5, 2016\nAftermath of bombings in Tartus this morning. Photo via LCC\n");
        assertEquals(List.of("Bombs Kill Dozens In Syria", "September 5, 2016", "Aftermath of bombings in Tartus this morning.", "Photo via LCC"),
                sentences.stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 1, 1, 1), sentences.stream().map(Sentence::paragraph).toList());
    }

    @Test
    void offsetsPointIntoTheDocumentText() {
        String text = "Kerry met Lavrov on Aug. 26 in Geneva. They failed to reach a deal.";
        List<Sentence> sentences = segment(text);
        assertEquals(2, sentences.size(), "the abbreviation Aug. does not end a sentence");
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            s.tokens().forEach(t -> assertEquals(t.text(), text.substring(t.start(), t.end())));
        }
    }

    @Test
    void aLineWithoutFullStopsIsCutIntoBoundedSentences() {
        String text = "word; ".repeat(2_000) + "x".repeat(5_000);
        List<Sentence> sentences = segment(text);
        assertEquals(true, sentences.size() >= 8, "cut into pieces");
        for (Sentence s : sentences) {
            assertEquals(true, s.text().length() <= OpenNlpSegmenter.MAX_SENTENCE_CHARS);
            assertEquals(s.text(), text.substring(s.start(), s.end()));
        }
    }
}
