package org.sitrep.flink;

import java.io.Serializable;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Where the job reads documents, one {@code sitrep extract --input} JSON line each. */
public interface DocumentInput extends Serializable {

    DataStream<String> read(StreamExecutionEnvironment env);

    /**
     * A JSON-lines file, or every file in a folder; bounded. A file is read by one reader (a split), so the documents
     * are dealt round-robin to the extract tasks: chained to the readers, all extract tasks but one would idle on a
     * one-file corpus.
     */
    record Files(String path) implements DocumentInput {
        @Override
        public DataStream<String> read(StreamExecutionEnvironment env) {
            FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(path)).build();
            return env.fromSource(source, WatermarkStrategy.noWatermarks(), "documents from " + path).rebalance();
        }
    }

    /**
     * A Kafka topic whose message values are documents; give it as many partitions as the job has extract tasks, each
     * read by its own reader with the extraction chained to it. {@code bounded} stops at the offsets that are the
     * latest when the job starts (a backfill of what the topic holds); otherwise the job follows the topic.
     */
    record Kafka(String bootstrapServers, String topic, String groupId, boolean bounded) implements DocumentInput {
        @Override
        public DataStream<String> read(StreamExecutionEnvironment env) {
            var builder = KafkaSource.<String>builder()
                    .setBootstrapServers(bootstrapServers)
                    .setTopics(topic)
                    .setGroupId(groupId)
                    // offsets are part of each checkpoint; a first start reads the topic from its beginning
                    .setStartingOffsets(OffsetsInitializer.earliest())
                    .setValueOnlyDeserializer(new SimpleStringSchema());
            if (bounded) {
                builder.setBounded(OffsetsInitializer.latest());
            }
            return env.fromSource(builder.build(), WatermarkStrategy.noWatermarks(), "documents from Kafka " + topic);
        }
    }
}
