package org.sitrep.pipeline.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Document;
import org.sitrep.model.EventDate;
import org.sitrep.model.Post;
import org.sitrep.pipeline.text.Sentence;
import org.sitrep.temporal.TemporalTagger;
import org.sitrep.temporal.TimeMention;

/**
 * Tags each sentence with the temporal tagger. The reference of a sentence is the timestamp of the live-blog
 * post it lies in, else the document's publication time. Anaphoric expressions ("the next day", "two weeks
 * later") count from the date mentioned last in the same post, so that date is carried from sentence to
 * sentence and dropped where a new post begins.
 */
public final class TaggerTimeResolver implements TimeResolver {
    private final TemporalTagger tagger;

    public TaggerTimeResolver(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<TimeMention> resolve(Document document, List<Sentence> sentences) {
        List<TimeMention> mentions = new ArrayList<>();
        Post post = null;
        EventDate lastMentioned = null;
        for (Sentence sentence : sentences) {
            Post sentencePost = postAt(document, sentence.start());
            if (!Objects.equals(sentencePost, post)) {
                post = sentencePost;
                lastMentioned = null;
            }
            LocalDateTime reference = referenceFor(document, sentence.start());
            List<TimeMention> tagged = tagger.tag(sentence.text(), reference, lastMentioned);
            lastMentioned = TimeMention.anchorAfter(tagged, lastMentioned);
            for (TimeMention m : tagged) {
                mentions.add(m.shifted(sentence.start()));
            }
        }
        return mentions;
    }

    public static LocalDateTime referenceFor(Document document, int offset) {
        Post post = postAt(document, offset);
        return post != null && post.timestamp() != null ? post.timestamp() : document.published();
    }

    /** The timestamped live-blog post holding {@code offset}; null outside posts. */
    private static Post postAt(Document document, int offset) {
        for (Post post : document.posts()) {
            if (offset >= post.start() && offset < post.end() && post.timestamp() != null) {
                return post;
            }
        }
        return null;
    }
}
