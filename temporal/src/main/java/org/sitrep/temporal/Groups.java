package org.sitrep.temporal;

import java.util.Set;
import java.util.regex.MatchResult;

/** The named groups of one rule match; absent and unmatched groups read as null. */
record Groups(MatchResult match, Set<String> names) {

    String get(String name) {
        return names.contains(name) ? match.group(name) : null;
    }

    boolean has(String name) {
        return get(name) != null;
    }
}
