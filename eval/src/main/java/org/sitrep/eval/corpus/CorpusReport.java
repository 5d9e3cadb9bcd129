package org.sitrep.eval.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one corpus run, with the peers' published figures on the same corpus.
 *
 * @param corpus       corpus key (file name without {@code .jsonl})
 * @param documents    documents evaluated
 * @param timex        TIME corpora: the TempEval-3 figures; null for GEO
 * @param toponyms     GEO corpora: the geoparsing figures; null for TIME
 * @param dctExcluded  TIME corpora: in-text creation-time timexes left out of the scoring (TE-3 convention)
 */
public record CorpusReport(String corpus, CorpusLayout layout, int documents, TimexScore timex, ToponymScore toponyms,
                           int dctExcluded, List<PeerFigure> peers, long elapsedMillis) {
    private static final String[] TIME_KEYS = {"relaxed_p", "relaxed_r", "relaxed_f1", "strict_f1", "value_f1", "type_f1"};
    private static final String[] TIME_HEADS = {"rel P", "rel R", "rel F1", "strict F1", "value F1", "type F1"};
    private static final String[] GEO_KEYS = {"precision", "recall", "acc25", "acc161", "median_km", "auc",
            "acc161_resolved", "median_km_resolved", "auc_resolved"};
    private static final String[] GEO_HEADS = {"P", "R", "acc@25", "acc@161", "median km", "AUC",
            "acc@161 res", "median res", "AUC res"};

    public CorpusReport {
        peers = List.copyOf(peers);
    }

    /** Our figures under the metric keys of the peer table (rates as fractions, distances in km). */
    public Map<String, Object> figures() {
        Map<String, Object> figures = layout == CorpusLayout.TIME ? timex.toMap() : toponyms.toMap();
        return figures;
    }

    /** An aligned text table: our row, then the peers' rows, then notes on comparability. */
    public String toTable() {
        boolean time = layout == CorpusLayout.TIME;
        String[] keys = time ? TIME_KEYS : GEO_KEYS;
        String[] heads = time ? TIME_HEADS : GEO_HEADS;
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[keys.length + 2];
        header[0] = "system";
        header[1] = "convention";
        System.arraycopy(heads, 0, header, 2, heads.length);
        rows.add(header);
        Map<String, Object> ours = figures();
        rows.add(row("sitrep (ours)", time ? "te3" : "all-gold", keys, k -> ours.get(k) instanceof Number n ? n.doubleValue() : null, time));
        for (PeerFigure peer : peers) {
            rows.add(row(peer.system(), peer.convention(), keys, peer.metrics()::get, time));
        }
        int[] widths = new int[header.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "corpus %s (%s): %d documents, elapsed %d ms%n",
                corpus, layout, documents, elapsedMillis));
        if (time) {
            table.append(String.format(Locale.ROOT,
                    "timexes: gold %d, system %d, relaxed matches %d, strict %d; value accuracy %.1f %%, type accuracy %.1f %%"
                            + "; %d in-text creation times not scored%n",
                    timex.gold(), timex.system(), timex.relaxed(), timex.strict(), 100 * timex.valueAccuracy(),
                    100 * timex.typeAccuracy(), dctExcluded));
        } else {
            table.append(String.format(Locale.ROOT,
                    "toponyms: gold %d, system places %d, matching gold %d; gold found %d, resolved %d, within 25 km %d, within 161 km %d%n",
                    toponyms.gold(), toponyms.system(), toponyms.systemMatched(), toponyms.goldFound(), toponyms.goldResolved(),
                    toponyms.within25(), toponyms.within161()));
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i < 2 ? String.format("%-" + widths[i] + "s", row[i]) : String.format("%" + widths[i] + "s", row[i]));
                line.append(i + 1 < row.length ? "  " : "");
            }
            table.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        if (time) {
            table.append("percent; TempEval-3: relaxed = overlap, strict = same extent, value/type F1 = relaxed F1 x value/type accuracy")
                    .append(System.lineSeparator());
            if (corpus.equals("wikiwars")) {
                table.append("WikiWars gold is TIMEX2 (longer extents, TIMEX2 values) with derived types: compare value F1 with HeidelTime's 80.8")
                        .append(System.lineSeparator());
            }
        } else {
            table.append("acc@25, acc@161, median km and AUC are over ALL gold toponyms: an unfound or unresolved gold toponym counts as wrong ("
                    + String.format(Locale.ROOT, "%,d", (long) ToponymScorer.UNRESOLVED_KM) + " km); \"res\" columns are over the resolved ones only")
                    .append(System.lineSeparator());
            table.append("peers: rescored-all-gold = EUPEG outputs rescored under this convention (comparable); "
                    + "published-recognised = as published, over each system's own recognised toponyms (compare with the res columns)")
                    .append(System.lineSeparator());
            if (corpus.equals("wiktor")) {
                table.append("WikToR is partially annotated (only the article's own place name): its precision is not meaningful")
                        .append(System.lineSeparator());
            }
        }
        return table.toString();
    }

    private static String[] row(String system, String convention, String[] keys,
                                java.util.function.Function<String, Double> value, boolean percent) {
        String[] row = new String[keys.length + 2];
        row[0] = system;
        row[1] = convention;
        for (int i = 0; i < keys.length; i++) {
            Double v = value.apply(keys[i]);
            String formatted;
            if (v == null) {
                formatted = "-";
            } else if (keys[i].startsWith("median")) {
                formatted = String.format(Locale.ROOT, v < 100 ? "%,.1f" : "%,.0f", v);
            } else if (percent) {
                formatted = String.format(Locale.ROOT, "%.1f", 100 * v);
            } else {
                formatted = String.format(Locale.ROOT, "%.3f", v);
            }
            row[i + 2] = formatted;
        }
        return row;
    }

    /** The report as nested maps for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("corpus", corpus);
        map.put("layout", layout.name().toLowerCase(Locale.ROOT));
        map.put("documents", documents);
        map.put(layout == CorpusLayout.TIME ? "timexes" : "toponyms", figures());
        if (layout == CorpusLayout.TIME) {
            map.put("creation_times_not_scored", dctExcluded);
        }
        List<Map<String, Object>> peerMaps = new ArrayList<>();
        for (PeerFigure peer : peers) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("system", peer.system());
            p.put("convention", peer.convention());
            p.putAll(peer.metrics());
            peerMaps.add(p);
        }
        map.put("peers", peerMaps);
        map.put("elapsedMs", elapsedMillis);
        return map;
    }
}
