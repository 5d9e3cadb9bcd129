package org.sitrep.pipeline.actors;

import org.sitrep.model.Actor;

/**
 * An actor named in the text, with document offsets (end exclusive).
 *
 * @param alsoPlace the surface form is also a place name (Russia, Washington): the recognizer kept it as
 *                  an actor because no locative preposition governs it
 */
public record ActorMention(int start, int end, String text, Actor actor, boolean alsoPlace) {
}
