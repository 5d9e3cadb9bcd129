package org.sitrep.pipeline.coding;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Actor;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;

/**
 * An event as the coder reads it from one sentence, before the mentions of one incident across the
 * document are merged and the record is numbered.
 *
 * @param specificity    how specific the trigger that gave the sub-event type is (1..9)
 * @param placeInferred  the place was not named in the event's sentence (taken from context or the focus country)
 * @param fatalitiesLow  the lowest asserted death count, or null
 * @param fatalitiesVague the death count was a vague word ("Several fighters were killed"), which a later number
 *                       replaces ("Unknown number of fatalities coded as 10")
 * @param injuredLow     the lowest asserted injured count, or null
 * @param arrested       how many people the incident's sentence says were arrested ("police detained 30 protesters"), or null
 * @param abducted       how many people it says were abducted or taken hostage, or null
 * @param civiliansTargeted civilians or their places were what the incident struck ("a rocket hit houses", "four civilians
 *                       were injured"): ACLED's civilian targeting, whatever the event type
 * @param triggers       the trigger words that named the incident
 */
public record EventDraft(int sentenceIndex, String subEventType, int specificity, String category,
                         Actor actor1, List<Actor> assocActor1, Actor actor2, Actor claimedBy,
                         Location location, boolean placeInferred, EventDate date, Modality modality,
                         Integer fatalitiesLow, Integer fatalitiesHigh, boolean fatalitiesVague, Integer injuredLow, String injuredText,
                         Integer arrested, Integer abducted, boolean civiliansTargeted,
                         Set<String> weapons, String attributedTo, List<Evidence> evidence, List<Span> triggers) {
    public EventDraft {
        assocActor1 = List.copyOf(assocActor1);
        triggers = List.copyOf(triggers);
        // in the order the triggers named them: Set.copyOf iterates in an order drawn at each JVM start, so the
        // weapons of an event with two came out in either order from one run to the next
        weapons = Collections.unmodifiableSet(new LinkedHashSet<>(weapons));
        evidence = List.copyOf(evidence);
    }

    /** The same draft placed elsewhere: one event per place of a list ("Tartus, Homs and Hasakah"). */
    public EventDraft withLocation(Location other) {
        return new EventDraft(sentenceIndex, subEventType, specificity, category, actor1, assocActor1, actor2, claimedBy,
                other, placeInferred, date, modality, fatalitiesLow, fatalitiesHigh, fatalitiesVague, injuredLow, injuredText, arrested, abducted, civiliansTargeted, weapons,
                attributedTo, evidence, triggers);
    }

    /**
     * The same draft with the toll a following sentence gives it ("Six people were killed in the attack."), which
     * joins the evidence. A death count the draft already has is kept, unless it was a vague word and the new one
     * is not, or the new one is a coder's note ("coded as 3 for this event"). Victims named as civilians ("Five
     * children were injured in the attack.") make the incident one that targeted civilians.
     */
    public EventDraft withCasualties(CasualtyCount killed, Integer injured, String injuredWords, boolean civilianVictims,
                                     Evidence countedIn) {
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        all.add(countedIn);
        boolean newKilled = killed != null
                && (fatalitiesLow == null || killed.coded() || fatalitiesVague && !killed.vague());
        boolean newInjured = injuredLow == null && injured != null;
        return new EventDraft(sentenceIndex, subEventType, specificity, category, actor1, assocActor1, actor2, claimedBy,
                location, placeInferred, date, modality, newKilled ? Integer.valueOf(killed.low()) : fatalitiesLow,
                newKilled ? killed.high() : fatalitiesHigh, newKilled ? killed.vague() : fatalitiesVague,
                newInjured ? injured : injuredLow,
                newInjured ? injuredWords : injuredText, arrested, abducted, civiliansTargeted || civilianVictims, weapons,
                attributedTo, all, triggers);
    }

    /** The same draft with its perpetrator named by a later sentence, which joins the evidence. */
    public EventDraft withPerpetrator(Actor perpetrator, Actor claimant, Evidence namedIn) {
        return withParties(perpetrator, actor2, claimant, namedIn);
    }

    /**
     * The same draft with the attacker of a disrupted attack named by a later sentence ("Security forces
     * intercepted a drone ... The Houthis claimed responsibility"): who stopped it stays actor1, as ACLED codes a
     * Disrupted weapons use, and the attacker becomes actor2 (and claimant when it claimed the attack).
     */
    public EventDraft withDisruptedAttacker(Actor attacker, Actor claimant, Evidence namedIn) {
        return withParties(actor1, attacker, claimant, namedIn);
    }

    private EventDraft withParties(Actor first, Actor second, Actor claimant, Evidence namedIn) {
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        all.add(namedIn);
        return new EventDraft(sentenceIndex, subEventType, specificity, category, first, assocActor1, second,
                claimant != null ? claimant : claimedBy, location, placeInferred, date, modality, fatalitiesLow,
                fatalitiesHigh, fatalitiesVague, injuredLow, injuredText, arrested, abducted, civiliansTargeted, weapons, attributedTo, all, triggers);
    }
}
