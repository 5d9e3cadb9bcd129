package org.sitrep.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.Document;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;
import org.sitrep.temporal.ReferenceTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep extract}: one report (a file or standard input) or a batch of JSON-lines documents, to coded events. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Code the incidents of a report as ACLED-compatible events, with aggregate tolls and control observations.",
                "Example: sitrep extract report.txt --published 2016-09-05 --format jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The report: a text file, or - for standard input.")
    String file;

    @Option(names = "--input", paramLabel = "DOCS.jsonl",
            description = "Batch mode: one JSON document a line, {\"id\",\"text\",\"published\",\"source\",\"url\"}.")
    Path input;

    @Option(names = "--published", paramLabel = "DATE[THH:MM]",
            description = "Publication time, the reference for relative dates (default: a date written at the head of the report).")
    String published;

    @Option(names = "--source", paramLabel = "NAME", description = "The publisher, reported as each event's source.")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), jsonl or csv (ACLED layout). Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = parseFormat(format);
        if ((file == null) == (input == null)) {
            throw new InputException("give one report (FILE or -) or --input DOCS.jsonl");
        }
        LocalDateTime publishedTime = published == null ? null : ReportInput.parsePublished(published, "--published");
        Extractor extractor = Extractor.createDefault();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        try {
            return input != null ? batch(extractor, outputFormat, out, publishedTime) : single(extractor, outputFormat, out, publishedTime);
        } finally {
            out.flush();
        }
    }

    private int single(Extractor extractor, OutputFormat outputFormat, PrintWriter out, LocalDateTime publishedTime) {
        String name = file.equals("-") ? "standard input" : file;
        byte[] bytes = file.equals("-") ? ReportInput.readStdin() : ReportInput.readFile(Path.of(file));
        ReportText report = ReportText.decode(bytes, name);
        if (!report.charset().equals(StandardCharsets.UTF_8)) {
            err().println("sitrep: " + name + " is not UTF-8; read it as " + report.charset().name());
        }
        if (report.text().isBlank()) {
            err().println("sitrep: " + name + " is empty: no events");
            return 0;
        }
        LocalDateTime reference = publishedTime != null ? publishedTime : ReferenceTimes.fromText(report.text()).orElseThrow(() ->
                new InputException(name + " gives no publication date: say when it was published with --published YYYY-MM-DD"));
        String id = file.equals("-") ? "stdin" : ReportInput.documentId(Path.of(file));
        Extraction extraction = extractor.extract(new Document(id, source, null, reference, report.text(), List.of()));
        outputFormat.write(extraction, out, true);
        noteWhatCsvLeavesOut(outputFormat, extraction);
        if (extraction.events().isEmpty() && outputFormat != OutputFormat.TABLE) {
            err().println("sitrep: " + name + ": no events found");
        }
        return 0;
    }

    private int batch(Extractor extractor, OutputFormat outputFormat, PrintWriter out, LocalDateTime publishedTime) {
        boolean[] first = {true};
        int failed = DocumentLines.forEach(input, publishedTime, true, source, err(), document -> {
            outputFormat.write(extractor.extract(document), out, first[0]);
            first[0] = false;
        });
        return failed == 0 ? 0 : Sitrep.INPUT_ERROR;
    }

    private void noteWhatCsvLeavesOut(OutputFormat outputFormat, Extraction extraction) {
        int others = extraction.casualtyReports().size() + extraction.controlObservations().size();
        if (outputFormat == OutputFormat.CSV && others > 0) {
            err().println("sitrep: the CSV holds events only; " + extraction.casualtyReports().size() + " casualty reports and "
                    + extraction.controlObservations().size() + " control observations are in --format jsonl");
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    static OutputFormat parseFormat(String value) {
        try {
            return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown format '" + value + "': use table, jsonl or csv");
        }
    }

}
