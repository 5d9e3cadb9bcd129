package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.ingest.IngestFailure;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.IngestSink;
import org.sitrep.ingest.IngestedDocument;
import org.sitrep.ingest.Ingestion;
import org.sitrep.ingest.fetch.FetchOptions;
import org.sitrep.ingest.fetch.HttpFetcher;
import org.sitrep.model.Document;
import org.sitrep.model.Post;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep text}: what sitrep reads from a page, a saved file, a folder or a feed: the main text, and with
 * {@code --json} its metadata, so that anyone can check the extraction before events are coded from it.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Print the main text sitrep reads from pages, files, folders or feeds (HTML, text, JSON lines, RSS/Atom).",
                "Example: sitrep text saved-page.html",
                "Example: sitrep text --json https://example.org/article ../pages/"})
final class TextCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Files, folders or http(s) addresses.")
    List<String> inputs;

    @Option(names = "--json", description = "One JSON object a line per document: file, url, title, byline, published, language, text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Ingestion ingestion = new Ingestion(new HttpFetcher(FetchOptions.defaults()), IngestOptions.defaults());
        List<IngestFailure> failures = new ArrayList<>();
        IngestSink sink = new IngestSink() {
            @Override
            public void document(IngestedDocument document) {
                out.println(json ? line(document) : document.document().text() + "\n");
                out.flush();
            }

            @Override
            public void failure(IngestFailure failure) {
                failures.add(failure);
                err.println("sitrep: " + failure.input() + ": " + failure.reason());
            }
        };
        for (String input : inputs) {
            ingestion.read(input, sink);
        }
        return failures.isEmpty() ? 0 : Sitrep.INPUT_ERROR;
    }

    private static String line(IngestedDocument doc) {
        Document d = doc.document();
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean fromWeb = doc.input().startsWith("http://") || doc.input().startsWith("https://");
        fields.put("file", fromWeb ? null : doc.input());
        fields.put("url", d.url());
        fields.put("title", doc.title());
        fields.put("byline", doc.byline());
        fields.put("publisher", d.publisher());
        fields.put("published", d.published() == null ? null : d.published().toString());
        fields.put("language", doc.language());
        fields.put("text", d.text());
        if (!d.posts().isEmpty()) {
            List<Map<String, Object>> posts = new ArrayList<>();
            for (Post p : d.posts()) {
                Map<String, Object> post = new LinkedHashMap<>();
                post.put("id", p.id());
                post.put("published", p.timestamp() == null ? null : p.timestamp().toString());
                // offsets in code points, as every sitrep output gives them
                post.put("start", d.text().codePointCount(0, p.start()));
                post.put("end", d.text().codePointCount(0, p.end()));
                posts.add(post);
            }
            fields.put("posts", posts);
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and numbers always serialise", e);
        }
    }
}
