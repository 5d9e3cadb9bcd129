package org.sitrep.pipeline.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.pipeline.AnnotatedSentence;
import org.sitrep.pipeline.actors.ActorDictionary;
import org.sitrep.pipeline.actors.ActorEntry;
import org.sitrep.pipeline.geo.PlaceMention;

/**
 * Reads who holds a place from compounds such as "regime-held Tartus, Homs", "YPG-controlled Hasakah",
 * "the rebel-held towns of X and Y" and "X, held by Y". The holder word is looked up in the actor
 * dictionary; the places are the coordinated list of names that follows the compound.
 */
public final class ControlReader {
    /** One place's holder as a compound states it; {@code holderStart..holderEnd} is the holder word (document offsets). */
    public record Finding(PlaceMention place, ActorEntry holder, int holderStart, int holderEnd) {
    }

    private static final Pattern HELD_COMPOUND = Pattern.compile(
            "(?i)(?<holder>[\\p{L}'’.]+(?:[- ][\\p{L}'’.]+)?)[- ](?:held|controlled|occupied|dominated|besieged)\\b"
                    + "(?:\\s+(?:towns?|cities|city|villages?|areas?|parts?|districts?|neighbou?rhoods?|territory)(?:\\s+of)?)?\\s*$");
    /**
     * The words HELD_COMPOUND needs: that pattern is tried on the text before every place and backtracks through
     * each word of it (4% of a profile on FA-KES); few sentences hold any of these words.
     */
    private static final Pattern HELD_WORD = Pattern.compile("(?i)held|controlled|occupied|dominated|besieged");
    private static final Pattern HELD_BY = Pattern.compile("(?i)^,?\\s*(?:which is |which are )?(?:held|controlled) by (?:the )?(?<holder>[\\p{L}'’ -]{2,40}?)(?=[,.;]|$| since| for| as)");
    private static final Pattern LIST_GLUE = Pattern.compile("^\\s*(?:,|and|, and|&)\\s*$");

    private final ActorDictionary dictionary;

    public ControlReader(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Finding> read(AnnotatedSentence sentence, String focusCountry) {
        List<Finding> findings = new ArrayList<>();
        List<PlaceMention> places = sentence.places();
        // the text before each place is a part of the sentence: one search of the sentence rules them all out
        boolean heldWordInSentence = !places.isEmpty() && HELD_WORD.matcher(sentence.text()).find();
        for (int i = 0; i < places.size(); i++) {
            PlaceMention first = places.get(i);
            String before = sentence.before(first.start());
            Matcher compound = HELD_COMPOUND.matcher(before);
            ActorEntry holder = null;
            int holderStart = -1;
            int holderEnd = -1;
            if (heldWordInSentence && HELD_WORD.matcher(before).find() && compound.find()) {
                String word = compound.group("holder");
                holder = lookupHolder(word, focusCountry);
                int base = first.start() - before.length();
                holderStart = base + compound.start("holder");
                holderEnd = base + compound.end("holder");
            }
            if (holder == null) {
                Matcher heldBy = HELD_BY.matcher(sentence.after(first.end()));
                if (heldBy.find()) {
                    holder = lookupHolder(heldBy.group("holder").trim(), focusCountry);
                }
                if (holder != null) {
                    findings.add(new Finding(first, holder, -1, -1));
                }
                continue;
            }
            findings.add(new Finding(first, holder, holderStart, holderEnd));
            // the coordinated list that follows: "Tartus, Homs and ..." shares the holder
            int j = i + 1;
            while (j < places.size() && LIST_GLUE.matcher(textBetween(sentence, places.get(j - 1), places.get(j))).matches()) {
                findings.add(new Finding(places.get(j), holder, holderStart, holderEnd));
                j++;
            }
            i = j - 1;
        }
        return findings;
    }

    private ActorEntry lookupHolder(String word, String focusCountry) {
        // "pro-regime" compounds are rare as holders; the last word of a two-word holder is the actor ("Islamic State")
        ActorEntry entry = dictionary.lookup(word, focusCountry);
        if (entry == null && word.contains(" ")) {
            entry = dictionary.lookup(word.substring(word.lastIndexOf(' ') + 1), focusCountry);
        }
        return entry;
    }

    private static String textBetween(AnnotatedSentence sentence, PlaceMention a, PlaceMention b) {
        return sentence.sentence().slice(a.end(), b.start());
    }
}
