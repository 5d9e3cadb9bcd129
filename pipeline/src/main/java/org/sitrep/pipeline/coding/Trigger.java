package org.sitrep.pipeline.coding;

/** A trigger found in a sentence, with document offsets. */
public record Trigger(int start, int end, String text, TriggerRule rule) {
}
