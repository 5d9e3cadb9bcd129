package org.sitrep.pipeline.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.pipeline.Resources;

/**
 * Tells a picture's caption from the story: news pages copied as text keep the caption of each photo, ending
 * with its credit ("Photograph: Omar Sanadiki/Reuters") or after "Set as default press image". A caption shows
 * an incident the story tells; read as text it would code the incident a second time, or one the story never
 * reports, so it is left out of the coding (resource {@code photo-credits.txt}).
 */
public final class Captions {
    private final Pattern credit;

    private Captions(Pattern credit) {
        this.credit = credit;
    }

    public static Captions loadDefault() {
        return new Captions(Pattern.compile("(?iU)(?:" + String.join("|", Resources.lines("photo-credits.txt")) + ")"));
    }

    /** Whether a sentence is a photo credit on its own. */
    public boolean isCredit(String sentence) {
        return credit.matcher(sentence.trim()).matches();
    }

    /**
     * The sentences (their indexes) of the text's captions: each photo credit and the sentence just before it in
     * its paragraph, the picture's description ("Iraqis walk past the area where the bombing took place. Pic/AFP").
     * The story around a caption stays, as text copied from a page often runs the two into one paragraph.
     */
    public Set<Integer> captionSentences(List<Sentence> sentences) {
        Set<Integer> captions = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (isCredit(sentence.text())) {
                captions.add(sentence.index());
                if (i > 0 && sentences.get(i - 1).paragraph() == sentence.paragraph()) {
                    captions.add(sentences.get(i - 1).index());
                }
            }
        }
        return captions;
    }
}
