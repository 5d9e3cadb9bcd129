package org.sitrep.eval.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.model.Document;

/**
 * The Reuters-21578 collection (../shared/corpus/reuters21578, reut2-*.sgm) as documents: each REUTERS element with
 * a BODY becomes one document with its NEWID, title, dateline and body as text, published at its DATE. The SGML is
 * regular (one element per article, entities only for control characters and &amp;lt; &amp;amp;), so a pattern
 * reads it exactly; the few control-character entities are dropped.
 */
public final class Reuters21578 {
    private static final Pattern ARTICLE = Pattern.compile("<REUTERS[^>]*NEWID=\"(\\d+)\"[^>]*>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("<DATE>\\s*([^<]+?)\\s*</DATE>");
    private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
    private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<BODY>(.*?)</BODY>", Pattern.DOTALL);
    private static final DateTimeFormatter REUTERS_DATE = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DAY = new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);

    private Reuters21578() {
    }

    /** Up to {@code limit} articles with a body, in file and NEWID order. */
    public static List<Document> read(Path folder, int limit) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            // the collection is ASCII with a few stray high bytes: latin-1 reads every byte
            Matcher article = ARTICLE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
            while (article.find() && documents.size() < limit) {
                String content = article.group(2);
                Matcher body = BODY.matcher(content);
                if (!body.find()) {
                    continue;
                }
                String title = first(TITLE, content);
                String dateline = first(DATELINE, content);
                String text = (title == null ? "" : title + "\n") + (dateline == null ? "" : dateline.strip() + " ") + body.group(1);
                documents.add(new Document("reuters-" + article.group(1), "Reuters", null, published(first(DATE, content)),
                        unescape(text).replace("\u0003", "").strip(), List.of()));
            }
        }
        return documents;
    }

    private static String first(Pattern pattern, String content) {
        Matcher m = pattern.matcher(content);
        return m.find() ? m.group(1) : null;
    }

    private static LocalDateTime published(String date) {
        if (date == null) {
            return null;
        }
        String clean = date.strip().replaceAll("\\s+", " ").replaceAll("\\.\\d+$", "");
        try {
            return LocalDateTime.parse(clean, REUTERS_DATE);
        } catch (DateTimeParseException e) {
            // a few stamps have a garbled time of day: the day is still right
            try {
                return java.time.LocalDate.parse(clean.split(" ")[0], DAY).atStartOfDay();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String unescape(String text) {
        return text.replaceAll("&#\\d+;", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
