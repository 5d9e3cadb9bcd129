package org.sitrep.flink;

/**
 * One document's account of an event, on its way from the extract operator to the merge stage.
 *
 * @param key             the merge key ({@link MergeKey}): only accounts with the same key are compared
 * @param publishedMillis the document's publication time (UTC epoch milliseconds), the account's event time
 * @param text            the document's text when the output stores documents ({@link IncidentOutput#needsDocuments}),
 *                        else null: the other outputs have no use for it, and it would be carried through the merge
 *                        state once per event
 * @param eventJson       the event as the document coded it ({@link org.sitrep.store.ModelJson})
 */
public record Account(String key, String documentId, String publisher, String url, long publishedMillis, String text,
                      String eventJson) {
}
