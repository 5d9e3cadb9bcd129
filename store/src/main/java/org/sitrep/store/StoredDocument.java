package org.sitrep.store;

/**
 * A stored document version with its text, which evidence offsets point into.
 *
 * @param sourceKey    the URL, else the id it came with: the versions of one article share it
 * @param supersededBy the id of the newer version, or null for the current one
 */
public record StoredDocument(String id, String sourceKey, int version, String externalId, String publisher, String url,
                             String title, String published, String ingestedAt, String supersededBy, String text) {
}
