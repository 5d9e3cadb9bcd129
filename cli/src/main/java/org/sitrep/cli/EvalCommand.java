package org.sitrep.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.eval.EvaluationReport;
import org.sitrep.eval.ExtractorEvaluation;
import org.sitrep.eval.ReferenceCsv;
import org.sitrep.eval.ReferenceIncident;
import org.sitrep.eval.ScoredField;
import org.sitrep.eval.classes.CaseSnippets;
import org.sitrep.eval.classes.ClassificationReport;
import org.sitrep.eval.classes.SnippetClassification;
import org.sitrep.eval.corpus.Corpus;
import org.sitrep.eval.corpus.CorpusEvaluation;
import org.sitrep.eval.corpus.CorpusReader;
import org.sitrep.eval.corpus.CorpusReport;
import org.sitrep.pipeline.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval}: score the extractor on coded incidents (ACLED or GTD layout CSV) and print per-field
 * figures, or ({@code --corpus}) score its annotations on a TIMEX or toponym gold corpus (JSONL of ../shared/eval).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the extractor on a CSV of coded incidents, each with its text (ACLED notes or GTD summary),",
                "or with --corpus on a gold corpus of temporal expressions or toponyms (JSONL), beside published figures.",
                "Example: sitrep eval ../shared/eval/drone-gtd-acled/syria_iraq_2014_2017.csv",
                "Example: sitrep eval --corpus ../shared/eval/geo/geovirus.jsonl --limit 50",
                "Example: sitrep eval --snippets ../shared/eval/case2021-task2/test_set_final_release_with_labels.tsv"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.csv", arity = "0..1", description = "Reference incidents in ACLED or GTD layout.")
    Path csv;

    @Option(names = "--corpus", paramLabel = "FILE.jsonl",
            description = "A gold corpus of ../shared/eval/time (timexes) or ../shared/eval/geo (toponyms) instead of a CSV.")
    Path corpus;

    @Option(names = "--snippets", paramLabel = "FILE.tsv",
            description = "News snippets labelled with ACLED sub-event types in the CASE 2021 task 2 layout"
                    + " (id, EventSnippet, SubType): weighted and macro F1 and the confusion matrix.")
    Path snippets;

    @Option(names = "--snippet-misses", paramLabel = "FILE.tsv",
            description = "With --snippets: write the misclassified snippets (id, gold, ours, text) as TSV.")
    Path snippetMisses;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only the first N incidents or corpus documents (0: all).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--date-protocol", paramLabel = "same-day|day-after", defaultValue = "same-day",
            converter = DateProtocolConverter.class,
            description = {"How each incident's text is dated (CSV only). same-day (default): the text as given,"
                    + " published on the incident's day.",
                    "day-after (issue 4): a leading \"MM/DD/YYYY:\" is removed and the text is published on the day"
                    + " after the incident, so its date must come from the wording."})
    ExtractorEvaluation.DateProtocol dateProtocol;

    @Option(names = "--date-misses", paramLabel = "FILE.tsv",
            description = "Write the incidents whose date was wrong (id, expected, ours, text) as TSV (CSV only).")
    Path dateMisses;

    @Option(names = "--misses", paramLabel = "FILE.tsv",
            description = "Write every missed field of every incident (id, field, expected, ours, text) as TSV"
                    + " (CSV only).")
    Path misses;

    static final class DateProtocolConverter implements CommandLine.ITypeConverter<ExtractorEvaluation.DateProtocol> {
        @Override
        public ExtractorEvaluation.DateProtocol convert(String value) {
            return switch (value) {
                case "same-day" -> ExtractorEvaluation.DateProtocol.SAME_DAY;
                case "day-after" -> ExtractorEvaluation.DateProtocol.DAY_AFTER;
                default -> throw new CommandLine.TypeConversionException(
                        "expected same-day or day-after, was '" + value + "'");
            };
        }
    }

    @Override
    public Integer call() {
        if (Stream.of(csv, corpus, snippets).filter(Objects::nonNull).count() != 1) {
            throw new InputException("give exactly one of FILE.csv (coded incidents), --corpus FILE.jsonl (gold corpus)"
                    + " or --snippets FILE.tsv (labelled snippets)");
        }
        if (limit < 0) {
            throw new InputException("--limit must be 0 or more, was " + limit);
        }
        if (corpus != null) {
            return evaluateCorpus();
        }
        if (snippets != null) {
            return evaluateSnippets();
        }
        if (!Files.isRegularFile(csv)) {
            throw new InputException(csv + ": no such file");
        }
        List<ReferenceIncident> incidents;
        try {
            incidents = ReferenceCsv.read(csv);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InputException(e.getMessage(), e);
        }
        Extractor extractor = Extractor.createDefault();
        ExtractorEvaluation evaluation = new ExtractorEvaluation(extractor::extract, dateProtocol);
        EvaluationReport report = evaluation.evaluate(incidents, limit);
        if (dateMisses != null) {
            writeDateMisses(evaluation.misses(ScoredField.DATE));
        }
        if (misses != null) {
            writeMisses(misses, evaluation.misses());
            System.err.printf("%d missed fields written to %s%n", evaluation.misses().size(), misses);
        }
        System.out.println(json ? OutputFormat.json(report.toMap()) : report.toTable());
        return 0;
    }

    private static void writeMisses(Path file, List<ExtractorEvaluation.Miss> misses) {
        StringBuilder tsv = new StringBuilder("id\tfield\texpected\tours\ttext\n");
        for (ExtractorEvaluation.Miss miss : misses) {
            tsv.append(miss.id()).append('\t').append(miss.field().key()).append('\t').append(miss.expected())
                    .append('\t').append(miss.extracted()).append('\t').append(miss.text().replaceAll("\\s+", " "))
                    .append('\n');
        }
        try {
            Files.writeString(file, tsv);
        } catch (java.io.IOException e) {
            throw new InputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private void writeDateMisses(List<ExtractorEvaluation.Miss> misses) {
        writeMisses(dateMisses, misses);
        long inferred = misses.stream().filter(m -> m.extracted().endsWith(", inferred)")).count();
        long noEvent = misses.stream().filter(m -> m.extracted().equals("no event")).count();
        System.err.printf("%d wrong dates written to %s: %d no asserted event, %d dated by the reference"
                + " (the text gives the event no date), %d read from the text%n",
                misses.size(), dateMisses, noEvent, inferred, misses.size() - noEvent - inferred);
    }

    private int evaluateSnippets() {
        if (!Files.isRegularFile(snippets)) {
            throw new InputException(snippets + ": no such file");
        }
        List<CaseSnippets.Snippet> labelled;
        try {
            labelled = CaseSnippets.read(snippets);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InputException(e.getMessage(), e);
        }
        Extractor extractor = Extractor.createDefault();
        ClassificationReport report = new SnippetClassification(extractor::extract).evaluate(labelled, limit);
        if (snippetMisses != null) {
            StringBuilder tsv = new StringBuilder("id\tgold\tours\ttext\n");
            for (SnippetClassification.Prediction miss : report.errors()) {
                tsv.append(miss.snippet().id()).append('\t').append(miss.snippet().acledSubEventType()).append('\t')
                        .append(miss.predicted() == null ? "no event" : miss.predicted()).append('\t')
                        .append(miss.snippet().text().replaceAll("\\s+", " ")).append('\n');
            }
            try {
                Files.writeString(snippetMisses, tsv);
            } catch (java.io.IOException e) {
                throw new InputException(snippetMisses + ": cannot write: " + e.getMessage(), e);
            }
        }
        System.out.println(json ? OutputFormat.json(report.toMap()) : report.toTable());
        return 0;
    }

    private int evaluateCorpus() {
        if (!Files.isRegularFile(corpus)) {
            throw new InputException(corpus + ": no such file");
        }
        Corpus gold;
        try {
            gold = CorpusReader.read(corpus, limit);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new InputException(e.getMessage(), e);
        }
        Extractor extractor = Extractor.createDefault();
        CorpusReport report = new CorpusEvaluation(doc -> Annotations.of(extractor.analyze(doc))).evaluate(gold);
        System.out.println(json ? OutputFormat.json(report.toMap()) : report.toTable());
        return 0;
    }
}
