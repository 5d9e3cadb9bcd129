package org.sitrep.ingest.fetch;

/** The validators of a conditional GET: the ETag and Last-Modified a server sent; either may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
}
