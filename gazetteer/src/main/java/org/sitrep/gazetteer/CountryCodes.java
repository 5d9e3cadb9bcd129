package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** ISO 3166-1 codes of the countries (resource {@code countries.tsv}, built from GeoNames countryInfo). */
public final class CountryCodes {
    static final String RESOURCE = "countries.tsv";

    private record Codes(String iso3, int numeric) {
    }

    private final Map<String, Codes> byIso2;

    private CountryCodes(Map<String, Codes> byIso2) {
        this.byIso2 = Map.copyOf(byIso2);
    }

    public static CountryCodes loadDefault() {
        InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " missing; run scripts/build-gazetteer.sh");
        }
        Map<String, Codes> codes = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
                String[] cols = line.split("\t");
                codes.put(cols[0], new Codes(cols[1], Integer.parseInt(cols[2])));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CountryCodes(codes);
    }

    /** The numeric code (760 for SY), as ACLED's iso column gives it; null for an unknown code. */
    public Integer numeric(String iso2) {
        Codes codes = iso2 == null ? null : byIso2.get(iso2);
        return codes == null ? null : codes.numeric();
    }

    /** The three-letter code (SYR for SY); null for an unknown code. */
    public String iso3(String iso2) {
        Codes codes = iso2 == null ? null : byIso2.get(iso2);
        return codes == null ? null : codes.iso3();
    }
}
