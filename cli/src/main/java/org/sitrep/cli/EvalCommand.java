package org.sitrep.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.EvaluationReport;
import org.sitrep.eval.ExtractorEvaluation;
import org.sitrep.eval.ReferenceCsv;
import org.sitrep.eval.ReferenceIncident;
import org.sitrep.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval}: score the extractor on coded incidents (ACLED or GTD layout CSV) and print per-field figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the extractor on a CSV of coded incidents, each with its text (ACLED notes or GTD summary).",
                "Example: sitrep eval ../shared/eval/drone-gtd-acled/syria_iraq_2014_2017.csv"})
final class EvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.csv", description = "Reference incidents in ACLED or GTD layout.")
    Path csv;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Score only the first N incidents (0: all).")
    int limit;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
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
        EvaluationReport report = new ExtractorEvaluation(extractor::extract).evaluate(incidents, limit);
        System.out.println(json ? OutputFormat.json(report.toMap()) : report.toTable());
        return 0;
    }
}
