package org.sitrep.pipeline.actors;

import org.sitrep.model.Actor;

/**
 * One row of the actor dictionary: the actor as it acts in violence, and the name it takes in
 * diplomatic and governmental acts (null for non-state actors).
 */
public record ActorEntry(Actor actor, String governmentName) {

    /** The actor as a party to talks and agreements: a state's government rather than its forces. */
    public Actor asGovernment() {
        return governmentName == null ? actor : new Actor(actor.key(), governmentName, 1, actor.iso());
    }
}
