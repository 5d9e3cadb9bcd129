package org.sitrep.ingest.fetch;

import java.net.URI;

/** Fetches a resource over the web. Implementations never throw for a bad address: they say why in a {@link FetchException}. */
public interface Fetcher {

    /**
     * @param validators what an earlier fetch of this address returned (ETag, Last-Modified), for a conditional
     *                   request; {@link Validators#NONE} for an unconditional one
     * @return the response; {@link FetchResult#notModified()} when the server answered 304
     * @throws FetchException when no usable response came back: its message says why in one line
     */
    FetchResult fetch(URI address, Validators validators) throws FetchException;
}
