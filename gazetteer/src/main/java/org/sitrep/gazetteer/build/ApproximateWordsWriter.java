package org.sitrep.gazetteer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.Gazetteer;

/**
 * Writes {@code approximate-words.txt}: the English words that the gazetteer matches only approximately — by
 * loose key or fuzzily, never by their own name — so that the toponym finder can tell "Association" (near
 * some Asociación) or "Weather" (near Weaver) from a misspelt village. Each word is looked up as the finder
 * looks up a capitalised token, with this gazetteer's own steps, so the list holds only the words those steps
 * would take for a place: a few thousand of the word list's 274,000. Run by {@code scripts/build-gazetteer.sh}
 * after the gazetteer's index is compiled:
 *
 * <pre>
 * ApproximateWordsWriter words.txt approximate-words.txt
 * </pre>
 */
public final class ApproximateWordsWriter {
    private ApproximateWordsWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ApproximateWordsWriter ENGLISH_WORDS OUT");
            System.exit(2);
        }
        Gazetteer gazetteer = Gazetteer.loadDefault();
        List<String> lines = new ArrayList<>();
        lines.add("# sitrep approximate words, format version 1: one lower-case English word per line; '#' starts a comment.");
        lines.add("# English words (npm word-list, MIT, from SCOWL) that gazetteer.tsv.gz matches only by loose key or fuzzily.");
        lines.add("# Built by scripts/build-gazetteer.sh (ApproximateWordsWriter); do not edit by hand. Read by ToponymFinder."
                + " Examples: association, weather");
        int count = 0;
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String word = line.strip();
            if (word.length() < 2 || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            // as the finder sees it in a text: capitalised
            String surface = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (gazetteer.strictCandidates(surface).isEmpty() && !gazetteer.candidates(surface).isEmpty()) {
                lines.add(word);
                count++;
            }
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + count + " approximate words to " + args[1]);
    }
}
