package org.sitrep.ingest.fetch;

import java.net.URI;

/**
 * A response: the address it finally came from (after redirects), its body and content type, and the validators
 * to send next time.
 *
 * @param notModified the server answered 304 to a conditional request; the body is then empty
 */
public record FetchResult(URI requested, URI address, int status, byte[] body, String contentType, Validators validators,
                          boolean notModified) {
}
