package org.sitrep.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/** A one-node Kafka (KRaft, broker and controller in one) in this JVM, with the few client calls the tests need. */
final class TestBroker implements AutoCloseable {
    private final KafkaRaftServer server;
    private final String bootstrap;

    TestBroker(Path dir) throws Exception {
        int brokerPort = freePort();
        int controllerPort = freePort();
        String logs = dir.toAbsolutePath().toString();
        new Formatter().setNodeId(1).setClusterId(Uuid.randomUuid().toString()).addDirectory(logs)
                .setMetadataLogDirectory(logs).setReleaseVersion(MetadataVersion.latestProduction())
                .setControllerListenerName("CONTROLLER").setPrintStream(new PrintStream(OutputStream.nullOutputStream())).run();
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logs);
        config.put("num.partitions", "2");
        // one broker: the internal topics cannot be replicated
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        server.startup();
        bootstrap = "localhost:" + brokerPort;
    }

    String bootstrapServers() {
        return bootstrap;
    }

    void produce(String topic, List<String> values) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value));
            }
            producer.flush();
        }
    }

    /** Every committed message of the topic, as a consumer with {@code isolation.level=read_committed} sees them. */
    List<ConsumerRecord<String, String>> readCommitted(String topic) {
        Properties config = new Properties();
        config.put("bootstrap.servers", bootstrap);
        config.put("group.id", "test-" + Uuid.randomUuid());
        config.put("auto.offset.reset", "earliest");
        config.put("isolation.level", "read_committed");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var batch = consumer.poll(Duration.ofSeconds(1));
                emptyPolls = batch.isEmpty() ? emptyPolls + 1 : 0;
                batch.forEach(records::add);
            }
        }
        return records;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
