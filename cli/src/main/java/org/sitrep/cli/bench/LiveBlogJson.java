package org.sitrep.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;
import org.sitrep.model.Post;

/**
 * One live blog of the LiveBlogSummary collection (../shared/corpus/liveblogs/*_label/*&#47;*.json) as a document:
 * each entry of {@code documents} is a post (its title, then its sentences), stamped with its time. Guardian posts
 * carry [year, month, day, hour, minute]; BBC posts only "HH:MM", so a BBC blog has no publication time and no
 * post times, and is left for the caller to skip as an undated report.
 */
public final class LiveBlogJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LiveBlogJson() {
    }

    public static Document read(Path file) throws IOException {
        JsonNode blog = JSON.readTree(file.toFile());
        StringBuilder text = new StringBuilder(blog.path("title").asText("")).append("\n\n");
        List<Post> posts = new ArrayList<>();
        LocalDateTime first = null;
        for (JsonNode entry : blog.path("documents")) {
            int start = text.length();
            String title = entry.path("title").asText("");
            if (!title.isBlank()) {
                text.append(title).append('\n');
            }
            List<String> sentences = new ArrayList<>();
            entry.path("text").forEach(s -> sentences.add(s.asText()));
            text.append(String.join(" ", sentences));
            int end = text.length();
            text.append("\n\n");
            LocalDateTime time = time(entry.path("time"));
            if (time != null) {
                posts.add(new Post(entry.path("block_id").asText("post-" + posts.size()), time, start, end));
                first = first == null || time.isBefore(first) ? time : first;
            }
        }
        return new Document("liveblog-" + blog.path("blog_id").asText(file.getFileName().toString()), null,
                blog.path("url").asText(null), first, text.toString(), posts);
    }

    private static LocalDateTime time(JsonNode time) {
        if (!time.isArray() || time.size() < 5) {
            return null;
        }
        return LocalDateTime.of(time.get(0).asInt(), time.get(1).asInt(), time.get(2).asInt(), time.get(3).asInt(), time.get(4).asInt());
    }
}
