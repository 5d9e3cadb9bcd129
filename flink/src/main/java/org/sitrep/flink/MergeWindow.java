package org.sitrep.flink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.store.merge.IncidentCombiner;
import org.sitrep.store.merge.IncidentMatcher;

/**
 * The keyed merge stage. A key's accounts are held in state until the watermark (publication time) has passed the
 * end of the key's window: {@code window} after the first account arrived. Then the key's incidents are formed,
 * emitted once each and the state cleared, so state stays bounded by the accounts of one window. An account that
 * arrives after its key was emitted opens a new window and, if it matches nothing emitted since, a new incident.
 * On a bounded input the final watermark closes every window.
 */
final class MergeWindow extends KeyedProcessFunction<String, Account, IncidentRecord> {
    /** The accumulator of incidents formed, which the job's result reports whatever the output. */
    static final String INCIDENTS = "sitrep.incidents";
    private final long windowMillis;
    private transient ListState<Account> accounts;
    private transient ValueState<Long> closesAt;
    private transient IncidentMerger merger;
    private transient LongCounter incidents;

    MergeWindow(Duration window) {
        this.windowMillis = window.toMillis();
    }

    @Override
    public void open(OpenContext context) {
        accounts = getRuntimeContext().getListState(new ListStateDescriptor<>("accounts", Account.class));
        closesAt = getRuntimeContext().getState(new ValueStateDescriptor<>("closesAt", Long.class));
        merger = new IncidentMerger(new IncidentMatcher(), new IncidentCombiner());
        incidents = new LongCounter();
        getRuntimeContext().addAccumulator(INCIDENTS, incidents);
    }

    @Override
    public void processElement(Account account, Context context, Collector<IncidentRecord> out) throws Exception {
        accounts.add(account);
        if (closesAt.value() == null) {
            long closes = account.publishedMillis() + windowMillis;
            closesAt.update(closes);
            context.timerService().registerEventTimeTimer(closes);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext context, Collector<IncidentRecord> out) throws Exception {
        List<Account> held = new ArrayList<>();
        accounts.get().forEach(held::add);
        for (IncidentRecord incident : merger.merge(held)) {
            incidents.add(1);
            out.collect(incident);
        }
        accounts.clear();
        closesAt.clear();
    }
}
