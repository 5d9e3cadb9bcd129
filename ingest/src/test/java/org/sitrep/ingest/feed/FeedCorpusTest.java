package org.sitrep.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.ContentSniffer;
import org.sitrep.ingest.SharedData;

/** Every file of ../shared/corpus/feeds parses, or fails with a message that says why in one line. */
class FeedCorpusTest {
    private final FeedParser parser = new FeedParser();
    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void everyFeedParsesOrSaysWhy() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.path("corpus/feeds"))) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("LICENSE")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "feeds found: " + files.size());
        int parsed = 0;
        for (Path file : files) {
            byte[] bytes = sniffer.unpacked(Files.readAllBytes(file), 64L << 20);
            try {
                Feed feed = parser.parse(bytes, "https://example.org/feed");
                parsed++;
                System.out.printf("%-45s %3d items  %s%n", file.getParent().getFileName() + "/" + file.getFileName(), feed.items().size(), feed.title());
            } catch (FeedParseException e) {
                System.out.printf("%-45s fails: %s%n", file.getParent().getFileName() + "/" + file.getFileName(), e.getMessage());
                assertFalse(e.getMessage().isBlank());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            }
        }
        assertTrue(parsed >= files.size() - 2, parsed + " of " + files.size() + " parse");
    }

    @Test
    void aRussianWindows1251FeedIsReadInItsEncoding() throws Exception {
        Feed feed = parser.parse(Files.readAllBytes(SharedData.path("corpus/feeds/node-feedparser/iconv.xml")), null);
        assertFalse(feed.items().isEmpty());
        assertTrue(feed.items().get(0).title().chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                feed.items().get(0).title());
    }

    @Test
    void theGuardianFeedHasItemsWithLinksAndTimes() throws Exception {
        Feed feed = parser.parse(Files.readAllBytes(SharedData.path("corpus/feeds/rss-parser/guardian.rss")), null);
        assertEquals(55, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertTrue(first.link().startsWith("https://www.theguardian.com/"), first.link());
        assertTrue(first.published() != null && first.published().getYear() == 2018);
        assertFalse(first.description().contains("<"), first.description());
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        byte[] page = "<!DOCTYPE html><html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);
        FeedParseException e = org.junit.jupiter.api.Assertions.assertThrows(FeedParseException.class, () -> parser.parse(page, null));
        assertTrue(e.getMessage().startsWith("not a feed"), e.getMessage());
    }
}
