package org.sitrep.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;

/**
 * The entry point for {@code flink run} on a cluster (docs/scale.md). Checkpointing, state backend, restart strategy
 * and parallelism come from the cluster's configuration or {@code -D} options, as Flink users expect; the arguments
 * say only where documents come from and where incidents go (one or more outputs):
 * <pre>
 * --input-kafka HOST:9092 --input-topic sitrep.documents [--group-id sitrep] [--bounded]
 * --input-files PATH
 * --output-kafka HOST:9092 --output-topic sitrep.incidents [--transactional-id-prefix sitrep-incidents]
 * --output-files PATH
 * --output-db jdbc:postgresql://HOST/DB?user=U&amp;password=P
 * [--window-hours 48] [--out-of-order-hours 6]
 * </pre>
 */
public final class SitrepFlinkJob {
    private SitrepFlinkJob() {
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        new SitrepJob(input(params), output(params), ExtractorFactory.standard(),
                Duration.ofHours(params.getLong("window-hours", SitrepJob.DEFAULT_WINDOW.toHours())),
                Duration.ofHours(params.getLong("out-of-order-hours", SitrepJob.DEFAULT_OUT_OF_ORDER.toHours()))).addTo(env);
        env.execute("sitrep");
    }

    private static DocumentInput input(ParameterTool params) {
        if (params.has("input-kafka")) {
            return new DocumentInput.Kafka(params.get("input-kafka"), params.get("input-topic", "sitrep.documents"),
                    params.get("group-id", "sitrep"), params.has("bounded"));
        }
        if (params.has("input-files")) {
            return new DocumentInput.Files(params.get("input-files"));
        }
        throw new IllegalArgumentException("say where documents come from: --input-kafka HOST:PORT or --input-files PATH");
    }

    private static IncidentOutput output(ParameterTool params) {
        List<IncidentOutput> outputs = new ArrayList<>();
        if (params.has("output-kafka")) {
            outputs.add(new IncidentOutput.Kafka(params.get("output-kafka"), params.get("output-topic", "sitrep.incidents"),
                    params.get("transactional-id-prefix", "sitrep-incidents")));
        }
        if (params.has("output-files")) {
            outputs.add(new IncidentOutput.Files(params.get("output-files")));
        }
        if (params.has("output-db")) {
            outputs.add(new IncidentOutput.Store(params.get("output-db")));
        }
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("say where incidents go: --output-kafka HOST:PORT, --output-files PATH or --output-db JDBC-URL");
        }
        return outputs.size() == 1 ? outputs.get(0) : new IncidentOutput.Each(outputs);
    }
}
