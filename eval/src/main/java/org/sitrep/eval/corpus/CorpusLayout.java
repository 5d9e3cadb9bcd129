package org.sitrep.eval.corpus;

/** The two JSONL layouts of ../shared/eval: TIMEX gold (time/) and toponym gold (geo/). */
public enum CorpusLayout {
    /** id, dct, text, timexes[start, end, text, type, value]. */
    TIME,
    /** id, text, toponyms[start, end, name, lat, lon, geonameid]. */
    GEO
}
