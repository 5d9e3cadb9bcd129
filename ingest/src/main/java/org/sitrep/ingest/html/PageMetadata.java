package org.sitrep.ingest.html;

import java.time.LocalDateTime;

/**
 * What a page says about itself. Any field may be null when the page does not say.
 *
 * @param canonicalUrl the page's own address for itself (link rel=canonical, og:url), else the address it was read from
 * @param language     a language tag as written ("en", "en-GB")
 * @param articleBody  the body the publisher put in its JSON-LD, a hint for the extractor
 */
public record PageMetadata(String title, String byline, String publisher, String canonicalUrl, String language,
                           LocalDateTime published, String articleBody) {
}
