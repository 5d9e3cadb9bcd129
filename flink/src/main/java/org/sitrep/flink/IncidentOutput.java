package org.sitrep.flink;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.sitrep.store.SitrepStore;

/** Where the job writes its incidents. */
public interface IncidentOutput extends Serializable {

    void write(DataStream<IncidentRecord> incidents);

    /** Whether the incidents must carry their documents' texts: only the database keeps documents. */
    default boolean needsDocuments() {
        return false;
    }

    /** Several outputs, each given every incident: {@code sitrep backfill --output FILE --db DB}. */
    record Each(List<IncidentOutput> outputs) implements IncidentOutput {
        @Override
        public void write(DataStream<IncidentRecord> incidents) {
            outputs.forEach(output -> output.write(incidents));
        }

        @Override
        public boolean needsDocuments() {
            return outputs.stream().anyMatch(IncidentOutput::needsDocuments);
        }
    }

    /**
     * sitrep's database, as {@code --db} names it (a SQLite file or {@code jdbc:postgresql://...}): incidents with their
     * documents and accounts, upserted in batches and at each checkpoint ({@link StoreSink}).
     */
    record Store(String database) implements IncidentOutput {
        @Override
        public void write(DataStream<IncidentRecord> incidents) {
            String name;
            // opened here, on the client, before the job runs: the schema is migrated once rather than by every writer
            // at the same moment, and a database that is not sitrep's is refused before any document is coded
            try (SitrepStore store = SitrepStore.open(database)) {
                name = store.database().name();
            }
            incidents.sinkTo(new StoreSink(database)).name("incidents to " + name);
        }

        @Override
        public boolean needsDocuments() {
            return true;
        }
    }

    /**
     * JSON-lines part files in a folder, one incident a line. Part files become visible only when the checkpoint
     * that covers them completes (or at the end of a bounded job), so a restart never leaves a duplicate behind.
     */
    record Files(String folder) implements IncidentOutput {
        @Override
        public void write(DataStream<IncidentRecord> incidents) {
            FileSink<String> sink = FileSink.forRowFormat(new Path(folder), new SimpleStringEncoder<String>("UTF-8"))
                    .withBucketAssigner(new BasePathBucketAssigner<>())
                    .build();
            incidents.map(IncidentRecord::json).name("incident lines").sinkTo(sink).name("incidents to " + folder);
        }
    }

    /**
     * A Kafka topic, key the incident id and value its JSON record, written in Kafka transactions committed with each
     * checkpoint: consumers that read committed messages see every incident exactly once, also across restarts.
     */
    record Kafka(String bootstrapServers, String topic, String transactionalIdPrefix) implements IncidentOutput {
        @Override
        public void write(DataStream<IncidentRecord> incidents) {
            Properties producer = new Properties();
            // must exceed the checkpoint interval plus a restart, and stay within the broker's transaction.max.timeout.ms
            producer.setProperty("transaction.timeout.ms", "600000");
            KafkaSink<IncidentRecord> sink = KafkaSink.<IncidentRecord>builder()
                    .setBootstrapServers(bootstrapServers)
                    .setKafkaProducerConfig(producer)
                    .setRecordSerializer(new IncidentSerializer(topic))
                    .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                    .setTransactionalIdPrefix(transactionalIdPrefix)
                    .build();
            incidents.sinkTo(sink).name("incidents to Kafka " + topic);
        }
    }

    /** An incident as a Kafka message: key the incident id (compaction keeps the latest), value the JSON record. */
    record IncidentSerializer(String topic) implements KafkaRecordSerializationSchema<IncidentRecord> {
        @Override
        public ProducerRecord<byte[], byte[]> serialize(IncidentRecord incident, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(topic, incident.incidentId().getBytes(StandardCharsets.UTF_8),
                    incident.json().getBytes(StandardCharsets.UTF_8));
        }
    }
}
