package org.sitrep.gazetteer.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives Who's On First and UCDP rows a GeoNames admin-1 code. Their admin-1 columns are names in
 * their own spellings ("Hasaka (Al Haksa)", "Idlib Governorate"), so a label is resolved by a vote
 * of the nearest cities500 places of its first rows; a vote rather than each row's nearest city
 * keeps villages near a border in the province their source puts them in.
 */
final class Admin1Resolver {

    /** A row's country, admin-1 label and position. */
    record Labelled(String countryCode, String admin1Label, double latitude, double longitude) {
    }

    /** cities500 places with a known admin-1 code, by country; "00" is GeoNames' "unknown". */
    private final Map<String, List<PlaceDraft>> codedCitiesByCountry;

    Admin1Resolver(List<PlaceDraft> cities) {
        codedCitiesByCountry = cities.stream()
                .filter(c -> !c.admin1Code.isEmpty() && !c.admin1Code.equals("00"))
                .collect(Collectors.groupingBy(c -> c.countryCode));
    }

    static String labelKey(String countryCode, String admin1Label) {
        return countryCode + "\t" + admin1Label;
    }

    /** labelKey → admin-1 code, by majority over the nearest-city codes of up to {@code votes} rows per label. */
    Map<String, String> resolveLabels(List<Labelled> rows, int votes) {
        Map<String, List<Labelled>> sampleByLabel = new LinkedHashMap<>();
        for (Labelled row : rows) {
            if (!row.admin1Label().isBlank()) {
                List<Labelled> sample = sampleByLabel.computeIfAbsent(labelKey(row.countryCode(), row.admin1Label()),
                        k -> new ArrayList<>(votes));
                if (sample.size() < votes) {
                    sample.add(row);
                }
            }
        }
        Map<String, String> codeByLabel = new HashMap<>();
        sampleByLabel.forEach((label, sample) -> sample.stream()
                .map(r -> nearest(r.countryCode(), r.latitude(), r.longitude()))
                .filter(code -> !code.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(winner -> codeByLabel.put(label, winner.getKey())));
        return codeByLabel;
    }

    /** The admin-1 code of the nearest cities500 place in the country; empty when it has none. */
    String nearest(String countryCode, double latitude, double longitude) {
        String best = "";
        double bestDistance = Double.MAX_VALUE;
        double cosLatitude = Math.cos(Math.toRadians(latitude));
        for (PlaceDraft city : codedCitiesByCountry.getOrDefault(countryCode, List.of())) {
            double dLat = city.latitude - latitude;
            double dLon = (city.longitude - longitude) * cosLatitude;
            double distance = dLat * dLat + dLon * dLon;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = city.admin1Code;
            }
        }
        return best;
    }
}
