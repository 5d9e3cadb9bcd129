package org.sitrep.bench.corenlp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.cli.bench.BenchCorpus;
import org.sitrep.cli.bench.MemoryProbe;
import org.sitrep.eval.EvaluationReport;
import org.sitrep.eval.ExtractorEvaluation;
import org.sitrep.eval.ReferenceCsv;
import org.sitrep.format.Json;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Document;
import org.sitrep.model.Extraction;
import org.sitrep.pipeline.Extractor;

/**
 * sitrep beside the CoreNLP reference on the same documents: articles/s of each (extraction alone, both warmed up on
 * the first tenth), their ratio, and both scored on the drone set (place within 25 km, date exact). Prints one JSON
 * object. Arguments: --input FILE|DIR, --limit N, --drone FILE.csv, --drone-limit N.
 */
public final class ReferenceBench {
    private ReferenceBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path input = Path.of(options.getOrDefault("--input", "../shared/corpus/fa-kes/FA-KES-Dataset.csv"));
        int limit = Integer.parseInt(options.getOrDefault("--limit", "200"));
        Path drone = Path.of(options.getOrDefault("--drone", "../shared/eval/drone-gtd-acled/syria_iraq_2014_2017.csv"));
        int droneLimit = Integer.parseInt(options.getOrDefault("--drone-limit", "200"));

        Gazetteer gazetteer = Gazetteer.loadDefault();
        Extractor sitrep = Extractor.createDefault(gazetteer);
        CoreNlpReference reference = CoreNlpReference.standard(gazetteer);
        List<Document> documents = BenchCorpus.read(input, limit).documents().stream().filter(d -> d.published() != null).toList();

        Map<String, Object> figures = new LinkedHashMap<>();
        double sitrepRate = articlesPerSecond(sitrep::extract, documents);
        double referenceRate = articlesPerSecond(reference::extract, documents);
        figures.put("input", input.toString());
        figures.put("documents", documents.size());
        figures.put("sitrep_articles_per_s", round(sitrepRate));
        figures.put("reference_articles_per_s", round(referenceRate));
        figures.put("throughput_ratio", round(sitrepRate / referenceRate));
        var incidents = ReferenceCsv.read(drone);
        EvaluationReport sitrepScore = new ExtractorEvaluation(sitrep::extract).evaluate(incidents, droneLimit);
        EvaluationReport referenceScore = new ExtractorEvaluation(reference::extract).evaluate(incidents, droneLimit);
        figures.put("drone_sitrep", sitrepScore.toMap());
        figures.put("drone_reference", referenceScore.toMap());
        figures.put("peak_rss_mb", MemoryProbe.peakRssMb());
        figures.put("load_average", round(MemoryProbe.loadAverage()));
        System.out.println(Json.line(figures));
    }

    /** Warm-up on the first tenth, then the time of all the documents. */
    private static double articlesPerSecond(Function<Document, Extraction> system, List<Document> documents) {
        documents.subList(0, Math.max(1, documents.size() / 10)).forEach(system::apply);
        long t = System.nanoTime();
        documents.forEach(system::apply);
        return documents.size() / ((System.nanoTime() - t) / 1e9);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
