package org.sitrep.flink;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * An output behind a stage that fails once, after a checkpoint has completed and incidents have passed since: the job
 * restarts from that checkpoint and sends those incidents again.
 *
 * @param name names the failure, so that a test can ask whether it happened ({@link #failed}); the restarted attempt,
 *             a new instance of the stage in the same JVM, sees that it did and runs through
 */
record FailOnce(IncidentOutput output, String name) implements IncidentOutput {
    private static final Set<String> FAILED = ConcurrentHashMap.newKeySet();
    private static final long HOLD_BEFORE_CHECKPOINT_MS = 25;

    static boolean failed(String name) {
        return FAILED.contains(name);
    }

    @Override
    public void write(DataStream<IncidentRecord> incidents) {
        output.write(incidents.map(new FailingStage(name)).name("fail once"));
    }

    @Override
    public boolean needsDocuments() {
        return output.needsDocuments();
    }

    private static final class FailingStage extends RichMapFunction<IncidentRecord, IncidentRecord> implements CheckpointListener {
        private final String name;
        private transient boolean checkpointed;
        private transient int sinceCheckpoint;

        FailingStage(String name) {
            this.name = name;
        }

        @Override
        public void open(OpenContext context) {
            checkpointed = false;
            sinceCheckpoint = 0;
        }

        @Override
        public IncidentRecord map(IncidentRecord incident) throws InterruptedException {
            if (!checkpointed && !FAILED.contains(name)) {
                // hold incidents back until a checkpoint completes: a fast extraction could otherwise send them all
                // before the first one, and the failure this stage stands for would never happen
                Thread.sleep(HOLD_BEFORE_CHECKPOINT_MS);
            }
            if (checkpointed && ++sinceCheckpoint > 3 && FAILED.add(name)) {
                throw new IllegalStateException("killed after a checkpoint, with incidents not yet committed");
            }
            return incident;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed = true;
        }
    }
}
