package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;

/** The streaming job between Kafka topics, on a MiniCluster with checkpoints and an in-process broker. */
class KafkaJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestBroker broker;
    static List<Document> documents;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new TestBroker(dir.resolve("kafka"));
        documents = TestDocuments.faKes(40);
        broker.produce("documents", documents.stream().map(TestDocuments::line).toList());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void documentsFromATopicComeOutAsTheEventsOfExtract() throws Exception {
        run(new IncidentOutput.Kafka(broker.bootstrapServers(), "events", "sitrep-events"), 0, "plain");

        List<JsonNode> incidents = values(broker.readCommitted("events"));
        Map<String, JsonNode> extracted = TestDocuments.extracted(documents);
        assertEquals(extracted.size(), incidents.stream().mapToInt(i -> i.get("num_sources").asInt()).sum(),
                "every extracted event is the account of exactly one incident");
        for (JsonNode incident : incidents) {
            JsonNode founder = extracted.get(incident.get("document_id").asText() + "/" + incident.get("event_id_cnty").asText());
            for (String field : BackfillTest.CODED) {
                assertEquals(founder.get(field), incident.get(field), field + " of " + incident.get("incident_id"));
            }
        }
    }

    @Test
    void aJobThatFailsAfterACheckpointAndRestartsWritesNoDuplicates() throws Exception {
        run(new IncidentOutput.Kafka(broker.bootstrapServers(), "events-uninterrupted", "sitrep-uninterrupted"), 0, "reference");
        run(new FailOnce(new IncidentOutput.Kafka(broker.bootstrapServers(), "events-restarted", "sitrep-restarted"), "kafka"), 1, "failing");

        assertTrue(FailOnce.failed("kafka"), "the job failed once");
        List<JsonNode> restarted = values(broker.readCommitted("events-restarted"));
        Set<String> ids = new HashSet<>();
        restarted.forEach(i -> assertTrue(ids.add(i.get("incident_id").asText()), "written twice: " + i.get("incident_id")));
        // an incident never has two accounts from one document, so its sources count its accounts: every event
        // of every document is in exactly one committed incident, as in the uninterrupted run
        assertEquals(accounts(values(broker.readCommitted("events-uninterrupted"))), accounts(restarted));
    }

    /** How many accounts (a document's event) the incidents hold. */
    private static long accounts(List<JsonNode> incidents) {
        return incidents.stream().mapToLong(i -> i.get("num_sources").asInt()).sum();
    }

    private static void run(IncidentOutput output, int restarts, String name) throws Exception {
        Configuration config = new Configuration();
        config.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(100));
        config.set(RestartStrategyOptions.RESTART_STRATEGY, restarts == 0 ? "none" : "fixed-delay");
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
        config.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(100));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1, config);
        new SitrepJob(new DocumentInput.Kafka(broker.bootstrapServers(), "documents", "sitrep-" + name, true), output,
                ExtractorFactory.standard(), SitrepJob.DEFAULT_WINDOW, SitrepJob.DEFAULT_OUT_OF_ORDER).addTo(env);
        env.execute(name);
    }

    private static List<JsonNode> values(List<ConsumerRecord<String, String>> records) throws Exception {
        List<JsonNode> values = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            values.add(JSON.readTree(record.value()));
        }
        return values;
    }
}
