package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @Test
    void theProgressTotalCountsFilesLinesAndAddresses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "report");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.html"), "<p>page</p>");
        Files.writeString(dir.resolve("sub/batch.jsonl"), "{\"id\":1}\n\n{\"id\":2}\n{\"id\":3}\n");
        assertEquals(5, IngestCommand.expectedDocuments(List.of(dir.toString())));
        assertEquals(2, IngestCommand.expectedDocuments(List.of("https://example.org/feed.xml", dir.resolve("missing").toString())));
    }
}
