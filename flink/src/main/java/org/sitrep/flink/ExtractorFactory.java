package org.sitrep.flink;

import java.io.Serializable;
import org.sitrep.pipeline.Extractor;

/**
 * How a task gets its extractor. The extractor itself is never serialised: it holds the gazetteer and the models
 * (seconds to load, hundreds of megabytes), so each task builds one when it opens.
 */
@FunctionalInterface
public interface ExtractorFactory extends Serializable {
    Extractor create();

    static ExtractorFactory standard() {
        return Extractor::createDefault;
    }
}
