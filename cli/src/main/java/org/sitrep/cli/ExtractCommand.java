package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
    /** Reports larger than this are refused rather than read into memory. */
    static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;

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
        LocalDateTime publishedTime = published == null ? null : parsePublished(published, "--published");
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
        byte[] bytes = file.equals("-") ? readStdin() : readFile(Path.of(file));
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
        String id = file.equals("-") ? "stdin" : documentId(Path.of(file));
        Extraction extraction = extractor.extract(new Document(id, source, null, reference, report.text(), List.of()));
        outputFormat.write(extraction, out, true);
        noteWhatCsvLeavesOut(outputFormat, extraction);
        if (extraction.events().isEmpty() && outputFormat != OutputFormat.TABLE) {
            err().println("sitrep: " + name + ": no events found");
        }
        return 0;
    }

    private int batch(Extractor extractor, OutputFormat outputFormat, PrintWriter out, LocalDateTime publishedTime) {
        ObjectMapper json = new ObjectMapper();
        int lineNumber = 0;
        int failed = 0;
        boolean first = true;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String where = input + " line " + lineNumber;
                try {
                    JsonNode node = json.readTree(line);
                    String text = textField(node, "text");
                    if (text == null) {
                        throw new InputException("no \"text\"");
                    }
                    String id = textField(node, "id") != null ? textField(node, "id") : documentId(input) + "-" + lineNumber;
                    String when = textField(node, "published");
                    LocalDateTime reference = when != null ? parsePublished(when, "\"published\"")
                            : publishedTime != null ? publishedTime
                            : ReferenceTimes.fromText(text).orElseThrow(() -> new InputException("no \"published\" time and none given with --published"));
                    String publisher = textField(node, "source") != null ? textField(node, "source") : source;
                    Extraction extraction = extractor.extract(new Document(id, publisher, textField(node, "url"), reference, text, List.of()));
                    outputFormat.write(extraction, out, first);
                    first = false;
                } catch (IOException | InputException e) {
                    failed++;
                    err().println("sitrep: " + where + ": " + (e instanceof IOException ? "not a JSON object" : e.getMessage()));
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputException(input + ": no such file");
        } catch (IOException e) {
            throw new InputException(input + ": cannot be read as UTF-8 JSON lines (" + e.getMessage() + ")", e);
        }
        return failed == 0 ? 0 : Sitrep.INPUT_ERROR;
    }

    private static String textField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
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

    static LocalDateTime parsePublished(String value, String what) {
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value.length() == 16 ? value + ":00" : value.replace(' ', 'T').replaceAll("(Z|[+-]\\d\\d:?\\d\\d)$", ""));
        } catch (DateTimeParseException e) {
            throw new InputException(what + " '" + value + "' is not a date: use YYYY-MM-DD or YYYY-MM-DDTHH:MM");
        }
    }

    static String documentId(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static byte[] readFile(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(path + " is a directory: give a report file");
            }
            long size = Files.size(path);
            if (size > MAX_INPUT_BYTES) {
                throw new InputException(path + " is " + size / (1024 * 1024) + " MB: reports over "
                        + MAX_INPUT_BYTES / (1024 * 1024) + " MB are refused; split it or use --input with one document a line");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readStdin() {
        try (InputStream in = System.in) {
            byte[] bytes = in.readNBytes((int) MAX_INPUT_BYTES + 1);
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new InputException("standard input is over " + MAX_INPUT_BYTES / (1024 * 1024) + " MB: reports that large are refused");
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException("standard input cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
