package org.sitrep.flink;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The job graph: documents → extract (stateless, {@link ExtractAccounts}) → key by type, cell and day → merge in a
 * bounded window ({@link MergeWindow}) → incidents out.
 *
 * @param window      how long after a key's first account (in publication time) its incidents are formed and emitted
 * @param outOfOrder  how far publication times may run behind the newest seen before an account counts as late
 */
public record SitrepJob(DocumentInput input, IncidentOutput output, ExtractorFactory extractorFactory, Duration window,
                        Duration outOfOrder) {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(2);
    public static final Duration DEFAULT_OUT_OF_ORDER = Duration.ofHours(6);

    public void addTo(StreamExecutionEnvironment env) {
        DataStream<Account> accounts = input.read(env)
                .flatMap(new ExtractAccounts(extractorFactory, output.needsDocuments())).name("extract").uid("extract")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<Account>forBoundedOutOfOrderness(outOfOrder)
                        .withTimestampAssigner((account, previous) -> account.publishedMillis())
                        // a partition without documents must not hold every window open
                        .withIdleness(Duration.ofMinutes(1)))
                .name("publication time");
        DataStream<IncidentRecord> incidents = accounts
                .keyBy(Account::key)
                .process(new MergeWindow(window)).name("merge").uid("merge");
        output.write(incidents);
    }
}
