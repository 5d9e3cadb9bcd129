package org.sitrep.pipeline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.gazetteer.WordLists;

/**
 * Persons' names in a report, so that their words are not taken for places: "Sheila D. Williams" and "Sheriff
 * Beauregard “Bud” Torres" are persons, and so is the "Williams" or "Torres" the report later writes alone
 * ("Williams said", "Torres's office") — local news names dozens of people whose surnames are towns somewhere.
 * A person's name is a given name of the gazetteer's {@value #FIRST_NAMES} or a title of {@value #TITLES}
 * followed by capitalised words, initials ("D.") and quoted nicknames; its last capitalised word is the surname.
 */
final class PersonNames {
    static final String FIRST_NAMES = "/org/sitrep/gazetteer/first-names.txt";
    static final String TITLES = "/org/sitrep/pipeline/person-titles.txt";

    /** A word with its final full stop (an initial or an abbreviated title), or a quoted nickname. */
    private static final Pattern WORD = Pattern.compile("[\"“‘'][\\p{L}.'’-]+[\"”’']|\\p{L}[\\p{L}'’-]*\\.?");

    /**
     * A person's name found in a text: its span (from the given name or the word after the title), its surname,
     * whether a title introduced it (then its first word is a name too: "Sheriff Beauregard"), and whether an initial
     * or a quoted nickname marks it as a person's ("Sheila D. Williams", "G.B. “Sonny” Hall").
     */
    record Person(int start, int end, String surname, boolean titled, boolean marked) {
    }

    private final Set<String> firstNames;
    private final Set<String> titles;

    PersonNames(Set<String> firstNames, Set<String> titles) {
        this.firstNames = Set.copyOf(firstNames);
        this.titles = Set.copyOf(titles);
    }

    static PersonNames load() {
        return new PersonNames(Set.copyOf(WordLists.read(FIRST_NAMES)), Set.copyOf(WordLists.read(TITLES)));
    }

    /** The persons named in the text, in text order. */
    List<Person> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<Person> persons = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            String bare = bare(word);
            // a title counts written as one ("Sheriff Torres", "Police Chief Keith Ternes"): "the major Iraqi city" is no title
            boolean title = capitalised(word) && titles.contains(bare);
            boolean given = !title && capitalised(word) && firstNames.contains(bare);
            if (!title && !given) {
                i++;
                continue;
            }
            // after a title the name starts with the next word; a given name is its first word
            int first = title ? i + 1 : i;
            int last = -1;
            boolean marked = false;
            int k = first;
            while (k < words.size() && (k == first || joined(text, words.get(k - 1), words.get(k)))) {
                String next = text.substring(words.get(k)[0], words.get(k)[1]);
                if (isInitial(next) || isNickname(next)) {
                    marked = true;
                    k++;
                    continue;
                }
                if (!capitalised(next) || (k > first && titles.contains(bare(next)))) {
                    break;
                }
                last = k;
                k++;
                if (next.endsWith(".")) {
                    break; // "Benjamin Franklin. Franklin County": a full stop after a word ends the sentence
                }
            }
            boolean name = last >= 0 && (title || last > first);
            if (name) {
                String surname = text.substring(words.get(last)[0], words.get(last)[1]);
                persons.add(new Person(words.get(first)[0], words.get(last)[1], surname.endsWith(".") ? surname.substring(0, surname.length() - 1) : surname, title, marked));
                i = last + 1;
            } else {
                i++;
            }
        }
        return persons;
    }

    private static String bare(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.toLowerCase(Locale.ROOT);
    }

    private static boolean capitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && word.length() > 1 && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "D." of "Sheila D. Williams". */
    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
    }

    /** “Bud” of "Beauregard “Bud” Torres". */
    private static boolean isNickname(String word) {
        return !Character.isLetter(word.charAt(0));
    }

    /** Two words of one name: only spaces between them (a line break or a comma ends the name). */
    private static boolean joined(String text, int[] left, int[] right) {
        String gap = text.substring(left[1], right[0]);
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }

}
