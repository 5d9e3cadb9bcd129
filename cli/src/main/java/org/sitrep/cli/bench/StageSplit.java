package org.sitrep.cli.bench;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.ToponymFinder;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Extractor;
import org.sitrep.pipeline.geo.GazetteerGeocoder;
import org.sitrep.pipeline.geo.Geocoder;
import org.sitrep.pipeline.text.Segmenter;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.pipeline.time.TaggerTimeResolver;
import org.sitrep.pipeline.time.TimeResolver;
import org.sitrep.temporal.RuleBasedTemporalTagger;

/**
 * Where the extractor's time goes, stage by stage. The extractor does not time its stages (and should not pay for
 * it), so each document is read four ways in a row: the first three stages alone, through instances built as the
 * standard wiring builds them, then {@code annotate} and {@code analyze} whole. Actors, sources and casualty numbers
 * are what annotate takes beyond the first three; coding and merging what analyze takes beyond annotate.
 */
public final class StageSplit {
    private final Extractor extractor;
    private final Segmenter segmenter;
    private final TimeResolver timeResolver;
    private final Geocoder geocoder;

    public StageSplit(Extractor extractor, Segmenter segmenter, TimeResolver timeResolver, Geocoder geocoder) {
        this.extractor = extractor;
        this.segmenter = segmenter;
        this.timeResolver = timeResolver;
        this.geocoder = geocoder;
    }

    /** The stages of {@link Extractor#createDefault(Gazetteer)}, over the same gazetteer. */
    public static StageSplit standard(Extractor extractor, Gazetteer gazetteer) {
        return new StageSplit(extractor, org.sitrep.pipeline.text.OpenNlpSegmenter.english(),
                new TaggerTimeResolver(RuleBasedTemporalTagger.loadDefault()), new GazetteerGeocoder(new ToponymFinder(gazetteer)));
    }

    /** What each stage took over these documents, and the segmenter's token count. */
    public record Split(List<Rate> stages, long segmenterTokens) {
    }

    public Split run(List<Document> documents) {
        long segment = 0, time = 0, geocode = 0, annotate = 0, analyze = 0, segmenterTokens = 0, tokens = 0, bytes = 0;
        for (Document document : documents) {
            long t0 = System.nanoTime();
            List<Sentence> sentences = segmenter.segment(document);
            long t1 = System.nanoTime();
            timeResolver.resolve(document, sentences);
            long t2 = System.nanoTime();
            geocoder.geocode(sentences);
            long t3 = System.nanoTime();
            extractor.annotate(document);
            long t4 = System.nanoTime();
            extractor.analyze(document);
            long t5 = System.nanoTime();
            segment += t1 - t0;
            time += t2 - t1;
            geocode += t3 - t2;
            annotate += t4 - t3;
            analyze += t5 - t4;
            segmenterTokens += sentences.stream().mapToLong(s -> s.tokens().size()).sum();
            tokens += BenchCorpus.tokens(document);
            bytes += BenchCorpus.bytes(document);
        }
        long n = documents.size();
        List<Rate> stages = new ArrayList<>();
        stages.add(new Rate("segment", n, tokens, bytes, segment));
        stages.add(new Rate("resolve time", n, tokens, bytes, time));
        stages.add(new Rate("geocode", n, tokens, bytes, geocode));
        // differences of two timings: noise can make a small one negative, which means "too small to tell"
        stages.add(new Rate("actors, sources, tolls", n, tokens, bytes, Math.max(0, annotate - segment - time - geocode)));
        stages.add(new Rate("code events, merge", n, tokens, bytes, Math.max(0, analyze - annotate)));
        stages.add(new Rate("annotate (all of the above but coding)", n, tokens, bytes, annotate));
        stages.add(new Rate("analyze (the whole extractor)", n, tokens, bytes, analyze));
        return new Split(stages, segmenterTokens);
    }
}
