package org.sitrep.pipeline.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Post;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.TemporalTagger;
import org.sitrep.temporal.TimeMention;

/**
 * Tags each sentence with the temporal tagger. The reference of a sentence is the timestamp of the live-blog
 * post it lies in, else the document's publication time.
 */
public final class TaggerTimeResolver implements TimeResolver {
    private final TemporalTagger tagger;

    public TaggerTimeResolver(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<TimeMention> resolve(Document document, List<Sentence> sentences) {
        List<TimeMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            LocalDateTime reference = referenceFor(document, sentence.start());
            for (TimeMention m : tagger.tag(sentence.text(), reference)) {
                mentions.add(new TimeMention(sentence.start() + m.start(), sentence.start() + m.end(), m.text(), m.type(),
                        m.value(), m.date(), m.future()));
            }
        }
        return mentions;
    }

    public static LocalDateTime referenceFor(Document document, int offset) {
        for (Post post : document.posts()) {
            if (offset >= post.start() && offset < post.end() && post.timestamp() != null) {
                return post.timestamp();
            }
        }
        return document.published();
    }
}
