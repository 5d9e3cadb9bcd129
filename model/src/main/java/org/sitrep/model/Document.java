package org.sitrep.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A report as sitrep reads it.
 *
 * @param published the publication time, the reference for relative dates; null when unknown
 * @param posts     the timestamped posts of a live blog, empty for an ordinary article
 */
public record Document(String id, String publisher, String url, LocalDateTime published, String text,
                       List<Post> posts) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        posts = List.copyOf(posts);
    }
}
