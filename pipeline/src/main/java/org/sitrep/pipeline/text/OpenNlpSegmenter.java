package org.sitrep.pipeline.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Resources;

/**
 * Sentences and tokens with Apache OpenNLP's English models (UD English-EWT, from Maven Central).
 *
 * <p>News pages mix prose with headlines, captions and timestamps that end without a full stop, so each
 * line is a block of its own and the statistical sentence detector runs inside a block; a blank line
 * starts a new paragraph. OpenNLP's ME classes are not thread-safe: one segmenter per thread.
 */
public final class OpenNlpSegmenter implements Segmenter {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    static final int MAX_SPLIT_CHUNK = 100;
    static final int MAX_SENTENCE_CHARS = 2_000;
    /** Distinct chunks whose split is kept: a few megabytes. */
    private static final int MAX_MEMO_CHUNKS = 50_000;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final Set<String> abbreviations;
    /**
     * The tokenizer's split of each whitespace-separated chunk seen, by its text: the split depends on the chunk
     * alone, and most chunks of a report ("the", "said", "Aleppo,") come again and again, so the maximum-entropy
     * model — the segmenter's whole cost in a JFR profile — runs once per distinct chunk. Emptied when full.
     * Not thread-safe, like the TokenizerME it spares.
     */
    private final Map<String, Span[]> chunkSplits = new HashMap<>();

    /** @param abbreviations words that end with a full stop without ending the sentence ("Aug", "Gen") */
    public OpenNlpSegmenter(SentenceModel sentenceModel, TokenizerModel tokenizerModel, Set<String> abbreviations) {
        this.sentenceDetector = new SentenceDetectorME(sentenceModel);
        this.tokenizer = new TokenizerME(tokenizerModel);
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** Loads the English models shipped in the opennlp-models-*-en jars on the class path. */
    public static OpenNlpSegmenter english() {
        try (InputStream sentences = resource(SENTENCE_MODEL); InputStream tokens = resource(TOKEN_MODEL)) {
            return new OpenNlpSegmenter(new SentenceModel(sentences), new TokenizerModel(tokens),
                    new HashSet<>(Resources.lines("abbreviations.txt")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP English models", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OpenNlpSegmenter.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        return in;
    }

    @Override
    public List<Sentence> segment(Document document) {
        String text = document.text();
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        boolean previousLineBlank = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                previousLineBlank = true;
            } else {
                if (previousLineBlank && !sentences.isEmpty()) {
                    paragraph++;
                }
                previousLineBlank = false;
                for (Span span : withinLength(line, joinedAfterAbbreviations(line, sentenceDetector.sentPosDetect(line)))) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    sentences.add(sentence(sentences.size(), start, end, text.substring(start, end), paragraph));
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** The detector's sentences, trimmed, with a split after an abbreviation ("on Aug. | 26") undone. */
    private List<Span> joinedAfterAbbreviations(String line, Span[] spans) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span trimmed = span.trim(line);
            if (trimmed.length() == 0) {
                continue;
            }
            if (!joined.isEmpty() && endsWithAbbreviation(line, joined.get(joined.size() - 1))) {
                Span previous = joined.remove(joined.size() - 1);
                trimmed = new Span(previous.getStart(), trimmed.getEnd());
            }
            joined.add(trimmed);
        }
        return joined;
    }

    /**
     * Sentences cut to at most {@value #MAX_SENTENCE_CHARS} characters, at a space where there is one: a
     * "sentence" longer than that is a table, a list or garbage without full stops, and the stages that look
     * at a whole sentence must not see a megabyte at once.
     */
    private static List<Span> withinLength(String line, List<Span> spans) {
        List<Span> cut = new ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            while (span.getEnd() - start > MAX_SENTENCE_CHARS) {
                int end = line.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
                if (end <= start) {
                    end = start + MAX_SENTENCE_CHARS;
                }
                cut.add(new Span(start, end).trim(line));
                start = end;
                while (start < span.getEnd() && Character.isWhitespace(line.charAt(start))) {
                    start++;
                }
            }
            if (start < span.getEnd()) {
                cut.add(new Span(start, span.getEnd()));
            }
        }
        return cut;
    }

    private boolean endsWithAbbreviation(String line, Span span) {
        String sentence = line.substring(span.getStart(), span.getEnd());
        if (!sentence.endsWith(".")) {
            return false;
        }
        int wordStart = sentence.length() - 1;
        while (wordStart > 0 && !Character.isWhitespace(sentence.charAt(wordStart - 1))) {
            wordStart--;
        }
        return abbreviations.contains(sentence.substring(wordStart, sentence.length() - 1));
    }

    /**
     * Tokens of a sentence. The statistical tokenizer splits within a whitespace-separated chunk ("Idlib's,"),
     * at a cost that grows with the square of the chunk's length; a chunk longer than
     * {@value #MAX_SPLIT_CHUNK} characters (a URL, a run of symbols, garbage) is no word to split and stays
     * one token.
     */
    private Span[] tokenize(String chunk) {
        Span[] split = chunkSplits.get(chunk);
        if (split == null) {
            split = tokenizer.tokenizePos(chunk);
            if (chunkSplits.size() >= MAX_MEMO_CHUNKS) {
                chunkSplits.clear();
            }
            chunkSplits.put(chunk, split);
        }
        return split;
    }

    private Sentence sentence(int index, int start, int end, String sentenceText, int paragraph) {
        List<Token> tokens = new ArrayList<>();
        for (Span chunk : WhitespaceTokenizer.INSTANCE.tokenizePos(sentenceText)) {
            if (chunk.length() > MAX_SPLIT_CHUNK) {
                tokens.add(new Token(start + chunk.getStart(), start + chunk.getEnd(), chunk.getCoveredText(sentenceText).toString()));
                continue;
            }
            String chunkText = chunk.getCoveredText(sentenceText).toString();
            for (Span span : tokenize(chunkText)) {
                int from = start + chunk.getStart() + span.getStart();
                int to = start + chunk.getStart() + span.getEnd();
                tokens.add(new Token(from, to, span.getCoveredText(chunkText).toString()));
            }
        }
        return new Sentence(index, start, end, sentenceText, tokens, paragraph);
    }
}
