package org.sitrep.cli;

import java.nio.charset.Charset;
import org.sitrep.ingest.ContentKind;
import org.sitrep.ingest.ContentSniffer;
import org.sitrep.ingest.TextDecoder;

/**
 * Decodes the bytes of a report given to {@code extract} or {@code annotate}, the way ingestion decodes a file:
 * a byte-order mark wins, then a declared charset, then UTF-8, else legacy single-byte text (Arabic windows-1256
 * or windows-1252; see {@link TextDecoder}). Bytes that are not text at all are refused; a text with a stray NUL is
 * still a text.
 *
 * @param charset the encoding the text was decoded from
 */
record ReportText(String text, Charset charset) {

    static ReportText decode(byte[] bytes, String inputName) {
        if (new ContentSniffer().kind(bytes) == ContentKind.BINARY) {
            throw new InputException(inputName + ": this looks like a binary file, not a text report");
        }
        TextDecoder.Decoded decoded = new TextDecoder().decode(bytes, null);
        return new ReportText(decoded.text(), decoded.charset());
    }
}
