package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Extractor;
import org.sitrep.temporal.ReferenceTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep annotate}: every mention the pipeline's stages found in a report — places, times, actors,
 * sources, casualty numbers, event triggers — with what each resolved to. The stages are the very ones
 * {@code extract} runs.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {"Show what the pipeline read: every mention with its resolution, as JSON lines or as a highlighted page.",
                "Example: sitrep annotate report.txt --published 2016-09-05 --format html --out report.html"})
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The report: a text file, or - for standard input.")
    String file;

    @Option(names = "--input", paramLabel = "DOCS.jsonl", description = "Batch mode: one JSON document a line, {\"id\",\"text\",\"published\"}.")
    Path input;

    @Option(names = "--published", paramLabel = "DATE[THH:MM]",
            description = "Publication time, the reference for relative dates. Without it (and without a date at the head of the text) relative dates stay unresolved.")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", description = "jsonl or html. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        boolean html = switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> false;
            case "html" -> true;
            default -> throw new InputException("unknown format '" + format + "': use jsonl or html");
        };
        if ((file == null) == (input == null)) {
            throw new InputException("give one report (FILE or -) or --input DOCS.jsonl");
        }
        if (html && input != null) {
            throw new InputException("--format html shows one report: give FILE, not --input");
        }
        LocalDateTime publishedTime = published == null ? null : ReportInput.parsePublished(published, "--published");
        Extractor extractor = Extractor.createDefault();
        try (PrintWriter writer = writer()) {
            if (input != null) {
                int failed = DocumentLines.forEach(input, publishedTime, false, null, spec.commandLine().getErr(),
                        document -> writer.println(OutputFormat.json(Annotations.of(extractor.analyze(document)))));
                return failed == 0 ? 0 : Sitrep.INPUT_ERROR;
            }
            String name = file.equals("-") ? "standard input" : file;
            ReportText report = ReportText.decode(file.equals("-") ? ReportInput.readStdin() : ReportInput.readFile(Path.of(file)), name);
            LocalDateTime reference = publishedTime != null ? publishedTime : ReferenceTimes.fromText(report.text()).orElse(null);
            if (reference == null) {
                spec.commandLine().getErr().println("sitrep: " + name + " gives no publication date: relative dates stay unresolved (give --published)");
            }
            String id = file.equals("-") ? "stdin" : ReportInput.documentId(Path.of(file));
            Document document = new Document(id, null, null, reference, report.text(), List.of());
            Map<String, Object> annotation = Annotations.of(extractor.analyze(document));
            writer.println(html ? AnnotationPage.render(report.text(), annotation) : OutputFormat.json(annotation));
        }
        return 0;
    }

    private PrintWriter writer() {
        if (out == null) {
            return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false) {
                @Override
                public void close() {
                    flush(); // standard output stays open for the JVM
                }
            };
        }
        try {
            return new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(out + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
