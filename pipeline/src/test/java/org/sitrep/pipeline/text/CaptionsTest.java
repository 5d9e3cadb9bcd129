package org.sitrep.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaptionsTest {
    private final Captions captions = Captions.loadDefault();

    @Test
    void creditsOfAgencyPhotos() {
        assertTrue(captions.isCredit("Photograph: Omar Sanadiki/Reuters"));
        assertTrue(captions.isCredit("Photo: AFP"));
        assertTrue(captions.isCredit("(Image credit: Getty Images)"));
        assertTrue(captions.isCredit("Pic/AFP"));
        assertTrue(captions.isCredit("Set as default press image"));
        assertTrue(captions.isCredit("(Photo courtesy of the Armed Forces)"));
    }

    @Test
    void storySentencesAreNoCredits() {
        assertFalse(captions.isCredit("Photographs of the victims were shared on social media by the LCC."));
        assertFalse(captions.isCredit("The army said on Monday that 12 militants were killed, AFP reported."));
        assertFalse(captions.isCredit("Image of a city under siege: Aleppo in 2016"), "a colon inside prose that ends with a sentence is not a credit");
    }

    @Test
    void theCaptionIsTheCreditAndTheSentenceBeforeItInItsParagraph() {
        List<Sentence> sentences = List.of(
                new Sentence(0, 0, 10, "Two suicide bombers blew themselves up at a market in Baghdad on Monday.", List.of(), 0),
                new Sentence(1, 11, 20, "Iraqis walk past the area where the bombing took place.", List.of(), 0),
                new Sentence(2, 21, 28, "Pic/AFP", List.of(), 0),
                new Sentence(3, 30, 40, "Police said 38 people were killed.", List.of(), 1));
        assertEquals(Set.of(1, 2), captions.captionSentences(sentences));
    }
}
