package org.sitrep.ingest.liveblog;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitrep.ingest.PublishedTimes;
import org.sitrep.ingest.html.BlockRenderer;
import org.sitrep.model.Post;

/**
 * Finds the posts of a live blog in its markup: one container whose children are blocks that each carry a
 * {@code <time datetime>}. A time inside a figure or caption dates a picture, not a post, and is not counted.
 * The blocks must be prose, not a list of dated links. Each post's text is its block rendered without the time element; the blog's text is the posts one after the
 * other, each opened by its time.
 */
public final class LiveBlogMarkup {
    private static final int MIN_POSTS = 3;

    private final BlockRenderer renderer;
    private final PublishedTimes times;

    public LiveBlogMarkup(BlockRenderer renderer, PublishedTimes times) {
        this.renderer = renderer;
        this.times = times;
    }

    /** The blog's text and posts, or empty when the page is not a live blog. */
    public Optional<LiveBlog> read(Document page) {
        List<Element> postTimes = page.select("time[datetime]").stream()
                .filter(t -> t.closest("figure, figcaption, [class*=caption], header, footer, aside, nav") == null).toList();
        Map<Element, List<Element>> blocksByContainer = new IdentityHashMap<>();
        for (Element time : postTimes) {
            Element block = time;
            // climb to the child of the first ancestor that holds several timed blocks
            while (block.parent() != null && postTimesIn(block.parent(), postTimes) < 2) {
                block = block.parent();
            }
            if (block.parent() != null) {
                List<Element> blocks = blocksByContainer.computeIfAbsent(block.parent(), k -> new ArrayList<>());
                if (!blocks.contains(block)) {
                    blocks.add(block);
                }
            }
        }
        List<Element> best = blocksByContainer.values().stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
        if (best.size() < MIN_POSTS || !carryProse(best)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        List<Post> posts = new ArrayList<>();
        for (Element block : best) {
            Element time = block.is("time[datetime]") ? block
                    : block.select("time[datetime]").stream().filter(postTimes::contains).findFirst().orElseThrow();
            Optional<LocalDateTime> stamp = times.parse(time.attr("datetime"));
            Element body = block.clone();
            body.select("time[datetime]").stream().filter(t -> t.closest("figure, figcaption, [class*=caption]") == null).forEach(Element::remove);
            String postText = String.join("\n\n", renderer.blocks(body));
            if (stamp.isEmpty() || postText.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(time.text().isBlank() ? stamp.get().toLocalTime().toString() : time.text().strip()).append("\n\n").append(postText);
            posts.add(new Post("post" + (posts.size() + 1), stamp.get(), start, text.length()));
        }
        return posts.size() < MIN_POSTS ? Optional.empty() : Optional.of(new LiveBlog(text.toString(), posts));
    }

    private static long postTimesIn(Element e, List<Element> postTimes) {
        return e.select("time[datetime]").stream().filter(postTimes::contains).count();
    }

    /** Posts are prose; a list of dated teasers (related stories, an author's other columns) is mostly links. */
    private static boolean carryProse(List<Element> blocks) {
        int prose = 0;
        for (Element block : blocks) {
            int total = block.text().length();
            int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
            if (total - linked >= 100 && linked * 3 < total) {
                prose++;
            }
        }
        return prose * 2 > blocks.size();
    }

    /** A live blog's text and its posts as ranges of that text. */
    public record LiveBlog(String text, List<Post> posts) {
        public LiveBlog {
            posts = List.copyOf(posts);
        }
    }
}
