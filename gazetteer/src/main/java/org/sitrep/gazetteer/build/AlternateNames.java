package org.sitrep.gazetteer.build;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which alternate names are worth keeping. English news writes place names in Latin script, and
 * Arabic-script names help with Arabic sources; the other scripts cost space and match nothing.
 * Codes (airport codes "DAM", "ALP") and names with digits collide with ordinary tokens.
 */
final class AlternateNames {
    private static final int MAX_LENGTH = 60;
    private static final int MAX_CODE_LENGTH = 4;
    /** Characters of URLs and identifiers, which some WOF/GeoNames alternate-name fields hold. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[/:@_=?&#\\\\]");
    private static final Pattern COMPOUND_SEPARATOR = Pattern.compile("\\s*[/()]\\s*");
    /**
     * The generic words that end the names of facilities in conflict place lists ("Al Ramousah Military
     * Complex", "Kuweires Military Airport"): reports name such places by their proper part and their own
     * generic word ("the Ramouseh artillery school").
     */
    private static final Pattern FACILITY_WORDS = Pattern.compile(
            "(?i)^(.{4,}?)\\s+(?:military\\s+)?(?:complex|academy|school|college|base|air\\s*base|airbase|airport|military airport|"
                    + "airfield|barracks|camp|dam|bridge|checkpoint|hospital|prison|factory|plant|field|oilfield|gas field|refinery|crossing)$");

    private AlternateNames() {
    }

    /** The names of a separated list (GeoNames ',' or WOF '|') that pass {@link #isWorthKeeping}. */
    static List<String> keepable(String separatedNames, String separatorRegex) {
        List<String> kept = new ArrayList<>();
        if (separatedNames == null || separatedNames.isBlank()) {
            return kept;
        }
        for (String candidate : separatedNames.split(separatorRegex)) {
            String name = candidate.strip();
            if (isWorthKeeping(name)) {
                kept.add(name);
            }
        }
        return kept;
    }

    /**
     * The name to show for a place: its primary name, unless that is in a script other than Latin or
     * Arabic (WOF names Ukrainian places in Cyrillic), then its first Latin-script alternate.
     */
    static String displayName(String primary, List<String> alternates) {
        if (isWorthKeeping(primary) || primary.chars().noneMatch(Character::isLetter)) {
            return primary;
        }
        return alternates.stream().filter(a -> a.chars().filter(Character::isLetter)
                        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN))
                .findFirst().orElse(primary);
    }

    /**
     * The parts of a compound primary name, which UCDP writes as "Maar Tahroma/Maarat Hurmah" or
     * "Khuwayn al Kabir village (Tell al-Khuwaiyn)": each part is a name of its own.
     */
    static List<String> partsOf(String name) {
        if (!COMPOUND_SEPARATOR.matcher(name).find()) {
            return List.of();
        }
        return COMPOUND_SEPARATOR.splitAsStream(name).map(String::strip).filter(AlternateNames::isWorthKeeping)
                .toList();
    }

    /** The name without its closing facility words, when it has them: "Al Ramousah Military Complex" → "Al Ramousah". */
    static List<String> withoutFacilityWord(String name) {
        var m = FACILITY_WORDS.matcher(name.strip());
        return m.matches() && isWorthKeeping(m.group(1)) ? List.of(m.group(1)) : List.of();
    }

    /**
     * Keeps Latin-script names that contain a capital letter (GeoNames' all-lower-case entries are
     * machine romanisations such as "mhafzt trtws") and Arabic-script names; drops codes and digits.
     */
    static boolean isWorthKeeping(String name) {
        if (name.length() < 2 || name.length() > MAX_LENGTH || NOT_IN_NAMES.matcher(name).find()) {
            return false;
        }
        boolean hasUpperCase = false;
        boolean hasLowerCase = false;
        boolean arabic = false;
        int letters = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isDigit(codePoint)) {
                return false;
            }
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic = true;
            } else if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED) {
                return false;
            }
            hasUpperCase |= Character.isUpperCase(codePoint);
            hasLowerCase |= Character.isLowerCase(codePoint);
        }
        if (letters == 0) {
            return false;
        }
        if (arabic) {
            return true;
        }
        boolean looksLikeCode = hasUpperCase && !hasLowerCase && letters <= MAX_CODE_LENGTH;
        return hasUpperCase && !looksLikeCode;
    }
}
