package org.sitrep.ingest.liveblog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.IngestedDocument;
import org.sitrep.ingest.PublishedTimes;
import org.sitrep.ingest.SharedData;
import org.sitrep.ingest.html.HtmlPage;
import org.sitrep.ingest.html.HtmlPageReader;
import org.sitrep.model.Post;

/**
 * Live blogs of ../shared/corpus/liveblogs (Guardian and BBC, posts with their times). The corpus keeps posts, not
 * pages, so each blog is laid out again as a reader sees it: as text (a time line, the post's title, its sentences,
 * its author's byline) and, for the Guardian, as markup (timed blocks, a picture with a dated caption). The posts
 * found must be the blog's posts, with their times.
 */
class LiveBlogCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LiveBlogSplitter splitter = new LiveBlogSplitter(new PublishedTimes());
    private final HtmlPageReader pages = new HtmlPageReader();

    record Blog(String name, boolean guardian, List<LocalDateTime> guardianTimes, List<String> clockTimes, List<String> posts,
                List<String> titles, List<String> authors) {
    }

    @Test
    void textLayoutGivesEachPostWithItsTime() throws IOException {
        int blogs = 0;
        int exact = 0;
        int postsExpected = 0;
        int postsRight = 0;
        for (Blog blog : blogs()) {
            blogs++;
            StringBuilder text = new StringBuilder(blog.name()).append("\n\n");
            for (int i = 0; i < blog.posts().size(); i++) {
                text.append(blog.guardian() ? guardianClock(blog.guardianTimes().get(i)) : blog.clockTimes().get(i)).append("\n\n");
                if (!blog.titles().get(i).isBlank()) {
                    text.append(blog.titles().get(i)).append("\n\n");
                }
                text.append(blog.posts().get(i)).append("\n\n");
                if (!blog.authors().get(i).isBlank()) {
                    text.append(blog.authors().get(i)).append("\n\n");
                }
            }
            LocalDateTime reference = blog.guardian() ? blog.guardianTimes().get(0) : LocalDateTime.of(2016, 1, 1, 0, 0);
            List<Post> found = splitter.split(text.toString(), reference);
            postsExpected += blog.posts().size();
            int right = 0;
            for (int i = 0; i < Math.min(found.size(), blog.posts().size()); i++) {
                LocalDateTime t = found.get(i).timestamp();
                boolean same = blog.guardian() ? t.equals(blog.guardianTimes().get(i))
                        : t.toLocalTime().toString().equals(blog.clockTimes().get(i));
                boolean holdsText = text.substring(found.get(i).start(), found.get(i).end()).contains(blog.posts().get(i));
                if (same && holdsText) {
                    right++;
                }
            }
            postsRight += right;
            if (found.size() == blog.posts().size() && right == found.size()) {
                exact++;
            }
        }
        System.out.printf("live blogs as text: %d blogs, %d with every post and time right; posts right %d/%d%n",
                blogs, exact, postsRight, postsExpected);
        assertTrue(blogs >= 300, "blogs read: " + blogs);
        assertTrue(postsRight >= postsExpected * 0.95, postsRight + "/" + postsExpected);
    }

    @Test
    void markupLayoutGivesEachPostWithItsTime() throws IOException {
        int blogs = 0;
        int exact = 0;
        for (Blog blog : blogs()) {
            if (!blog.guardian()) {
                continue;
            }
            blogs++;
            StringBuilder html = new StringBuilder("<html><head><title>").append(blog.name()).append("</title>")
                    .append("<meta property=\"article:published_time\" content=\"").append(blog.guardianTimes().getLast()).append("\">")
                    .append("</head><body><nav><a href=/>Home</a></nav><article><h1>").append(blog.name()).append("</h1><div class=\"blog-body\">");
            for (int i = 0; i < blog.posts().size(); i++) {
                html.append("<div class=\"block\"><p class=\"meta\"><time datetime=\"").append(blog.guardianTimes().get(i)).append(":00Z\">")
                        .append(guardianClock(blog.guardianTimes().get(i))).append("</time></p>");
                if (i == 1) {
                    // a dated picture inside a post is not a post
                    html.append("<figure><img src=a.jpg><figcaption>Photo via AP <time datetime=\"2001-01-01T00:00\">1 Jan 2001</time></figcaption></figure>");
                }
                html.append("<h2>").append(blog.titles().get(i)).append("</h2><p>").append(blog.posts().get(i)).append("</p>")
                        .append(blog.authors().get(i).isBlank() ? "" : "<p class=byline>" + blog.authors().get(i) + "</p>").append("</div>");
            }
            html.append("</div></article><footer>© Guardian</footer></body></html>");
            HtmlPage page = pages.read(html.toString().getBytes(StandardCharsets.UTF_8), "https://www.theguardian.com/x");
            boolean right = page.posts().size() == blog.posts().size();
            for (int i = 0; right && i < page.posts().size(); i++) {
                right = page.posts().get(i).timestamp().equals(blog.guardianTimes().get(i))
                        && page.text().substring(page.posts().get(i).start(), page.posts().get(i).end()).contains(blog.posts().get(i));
            }
            if (right) {
                exact++;
            }
        }
        System.out.printf("Guardian live blogs as markup: %d blogs, %d with every post and time right%n", blogs, exact);
        assertTrue(exact >= blogs * 0.97, exact + "/" + blogs);
    }

    @Test
    void theSeedIsOnePostWhosePictureTimesAreNotPosts() throws IOException {
        Path seed = SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt");
        DocumentReader.Content content = new DocumentReader().read(Files.readAllBytes(seed), seed.toString(), null, null, 1 << 26);
        IngestedDocument doc = ((DocumentReader.Documents) content).documents().getFirst();
        assertEquals(List.of(), doc.document().posts());
        assertEquals(LocalDateTime.of(2016, 9, 5, 0, 0), doc.document().published());
        assertEquals("interpreter-2016-09-05-syria-live", doc.document().id());
    }

    @Test
    void picturesAndBylinesBetweenPostsAreNotPosts() {
        String text = """
                Syria live

                09:40

                Strikes hit Idlib this morning, activists say.

                Photo via LCC
                2016-09-05 09:27:33

                Set as default press image
                2016-09-05 09:27:33

                — Pierre Vaux

                08:15

                Talks between Kerry and Lavrov ended without a deal.
                """;
        List<Post> posts = splitter.split(text, LocalDateTime.of(2016, 9, 5, 12, 0));
        assertEquals(2, posts.size(), posts.toString());
        assertEquals(LocalDateTime.of(2016, 9, 5, 9, 40), posts.get(0).timestamp());
        assertEquals(LocalDateTime.of(2016, 9, 5, 8, 15), posts.get(1).timestamp());
    }

    private static String guardianClock(LocalDateTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return String.format("%d.%02d%s GMT", h, t.getMinute(), t.getHour() < 12 ? "am" : "pm");
    }

    private static List<Blog> blogs() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.path("corpus/liveblogs"))) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json")).sorted().toList();
        }
        List<Blog> blogs = new ArrayList<>();
        for (Path file : files) {
            JsonNode root = JSON.readTree(file.toFile());
            boolean guardian = file.toString().contains("guardian");
            List<LocalDateTime> times = new ArrayList<>();
            List<String> clocks = new ArrayList<>();
            List<String> posts = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            List<String> authors = new ArrayList<>();
            for (JsonNode post : root.get("documents")) {
                List<String> sentences = new ArrayList<>();
                post.get("text").forEach(s -> sentences.add(s.asText()));
                String body = String.join(" ", sentences).strip();
                if (body.isEmpty()) {
                    continue;
                }
                JsonNode time = post.get("time");
                if (guardian) {
                    times.add(LocalDateTime.of(time.get(0).asInt(), time.get(1).asInt(), time.get(2).asInt(), time.get(3).asInt(), time.get(4).asInt()));
                } else {
                    clocks.add(time.asText());
                }
                posts.add(body);
                titles.add(post.path("title").asText(""));
                JsonNode author = post.get("author");
                List<String> names = new ArrayList<>();
                if (author != null && author.isArray()) {
                    author.forEach(a -> names.add(a.asText()));
                }
                authors.add(String.join("\n", names));
            }
            if (posts.size() >= 2) {
                blogs.add(new Blog(root.path("title").asText(), guardian, times, clocks, posts, titles, authors));
            }
        }
        return blogs;
    }
}
