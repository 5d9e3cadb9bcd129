package org.sitrep.ingest.feed;

import java.time.LocalDateTime;

/**
 * One entry of a feed.
 *
 * @param id          the entry's guid or id, else its link: what tells a new item from one seen before
 * @param description the summary or content the feed carries, as plain text: the fallback when the link cannot be read
 */
public record FeedItem(String id, String link, String title, String description, LocalDateTime published, String author) {
}
