package org.sitrep.pipeline.merge;

import java.util.List;
import org.sitrep.pipeline.coding.EventDraft;

/** Stage: the mentions of one incident within a document merged into one event. */
public interface EventMerger {
    List<EventDraft> merge(List<EventDraft> drafts);
}
