package org.sitrep.eval.classes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.Modality;

/**
 * Scores the event coder as a classifier of short news snippets into ACLED sub-event types (CASE 2021 task 2):
 * each snippet is extracted like any report and its label is the sub-event type of its main event, or none.
 */
public final class SnippetClassification {
    /**
     * The snippets carry no dates and their class does not depend on one; they are read as published late
     * enough that no date written in them lies after it (a later date would make its event planned).
     */
    static final LocalDateTime REFERENCE_TIME = LocalDateTime.of(2030, 1, 1, 12, 0);

    private final Function<Document, Extraction> extractor;

    public SnippetClassification(Function<Document, Extraction> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** One snippet and the label predicted for it (null: no event). */
    public record Prediction(CaseSnippets.Snippet snippet, String predicted) {
    }

    /** Classifies the first {@code limit} snippets (0: all) and scores those with an ACLED label. */
    public ClassificationReport evaluate(List<CaseSnippets.Snippet> snippets, int limit) {
        long start = System.nanoTime();
        List<CaseSnippets.Snippet> chosen = limit > 0 && limit < snippets.size() ? snippets.subList(0, limit) : snippets;
        List<Prediction> predictions = new ArrayList<>();
        for (CaseSnippets.Snippet snippet : chosen) {
            predictions.add(new Prediction(snippet, classify(snippet).orElse(null)));
        }
        List<String> classes = CaseSnippets.labels().values().stream().flatMap(Optional::stream).toList();
        return ClassificationReport.of(classes, predictions, (System.nanoTime() - start) / 1_000_000);
    }

    private Optional<String> classify(CaseSnippets.Snippet snippet) {
        Document document = new Document("case2021-" + snippet.id(), null, null, REFERENCE_TIME, snippet.text(), List.of());
        Extraction extraction;
        try {
            extraction = extractor.apply(document);
        } catch (RuntimeException e) {
            throw new IllegalStateException("extractor failed on snippet " + snippet.id() + ": " + e.getMessage(), e);
        }
        return mainEvent(extraction.events()).map(Event::subEventType);
    }

    /**
     * The event a snippet is about: an asserted one before any planned, threatened, negated or hypothetical one, and among
     * those the first the text reports (a snippet leads with its news).
     */
    static Optional<Event> mainEvent(List<Event> events) {
        Comparator<Event> assertedFirst = Comparator.comparing(event -> event.modality() != Modality.ASSERTED);
        Comparator<Event> firstReported = Comparator.comparingInt(
                event -> event.evidence().isEmpty() ? Integer.MAX_VALUE : event.evidence().get(0).start());
        return events.stream().min(assertedFirst.thenComparing(firstReported));
    }

    /** The CASE label for each ACLED sub-event type, for compact tables. */
    static Map<String, String> caseLabels() {
        Map<String, String> byAcled = new java.util.LinkedHashMap<>();
        CaseSnippets.labels().forEach((label, acled) -> acled.ifPresent(type -> byAcled.put(type, label)));
        return byAcled;
    }
}
