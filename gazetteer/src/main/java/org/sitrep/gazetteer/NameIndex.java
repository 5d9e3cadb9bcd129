package org.sitrep.gazetteer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An immutable map from name keys to place numbers, held in a few primitive arrays: the keys' characters one
 * after another, an open-addressing hash table of key numbers, and each key's places. Keys are numbered in order of
 * their first two letters, their length and their letters, so that similar keys lie side by side.
 *
 * <p>For the fuzzy search, a deletion-neighbourhood index ({@link #groups}): every fuzzy-searchable key is
 * filed under its first two letters and each three-letter subsequence of the next three letters plus its bound
 * (see {@link #forEachSignature}), and a search reads only the keys filed under the query's own signatures, a few
 * dozen, instead of scanning every key of the query's first two letters and nearby lengths (about 1,200).
 *
 * <p>Built at build time by {@link GazetteerIndexWriter} and read back by {@link #read}: a million keys as
 * strings in a hash map took seconds to load and a gigabyte of heap, and a fuzzy search that visits hundreds
 * of keys spread over the heap spent its time waiting for memory.
 */
final class NameIndex {
    /** Characters of key k: {@code keyChars[keyStarts[k] .. keyStarts[k + 1])}. */
    private final int[] keyStarts;
    private final char[] keyChars;
    /** Key number + 1 at the slot of the key's hash (linear probing), 0 where empty; a power of two long. */
    private final int[] slots;
    /**
     * A Bloom filter of the keys' hashes, made at load (in key order: the characters are read one after the other),
     * each key setting four bits of one word ({@link #filterBits}): a megabyte that stays in the processor's cache,
     * where the slot table (16 MB) and the keys' characters cost trips to memory, and most probes, for the spans the
     * finder tries, are for keys that are not there.
     */
    private final long[] filter;
    /** Places of key k, ascending: {@code places[placeStarts[k] .. placeStarts[k + 1])}. */
    private final int[] placeStarts;
    private final int[] places;
    /**
     * The fuzzy index's open-addressing table (linear probing) of signatures, one long a slot: the signature's tag
     * ({@link #signatureTag}, the high bits; 0 where empty) and where its entries start in {@link #entries} (the low
     * {@link #START_BITS} bits), the start of the next slot being where they end; a power of two long, and one more for
     * the end of the last slot; just that one when the index is not fuzzy-searchable. One long instead of a hash and a
     * start in two arrays: a probe is a trip to memory, and a search makes eight. Two signatures of one tag share a
     * slot: that only adds keys that the distance test then rules out.
     */
    private final long[] groups;
    /**
     * Per entry, the key's {@link #letterBits} (the high 32 bits), its length (10 bits) and its number (22 bits), so
     * that the letter-set test, which rules out nearly all of them, reads nothing else.
     */
    private final long[] entries;

    private NameIndex(int[] keyStarts, char[] keyChars, int[] slots, int[] placeStarts, int[] places,
                      long[] groups, long[] entries) {
        this.keyStarts = keyStarts;
        this.keyChars = keyChars;
        this.slots = slots;
        // eight bits a key: one probe in 40 for an absent key passes
        this.filter = new long[Math.max(1, Integer.highestOneBit(Math.max(1, keyStarts.length - 1)) / 4)];
        for (int k = 0; k + 1 < keyStarts.length; k++) {
            int hash = 0;
            for (int i = keyStarts[k]; i < keyStarts[k + 1]; i++) {
                hash = 31 * hash + keyChars[i];
            }
            long mixed = mix(hash);
            filter[filterWord(mixed)] |= filterBits(mixed);
        }
        this.placeStarts = placeStarts;
        this.places = places;
        this.groups = groups;
        this.entries = entries;
    }

    /**
     * Builds the index from each place's keys: {@code keysByPlace[p]} are the distinct keys of place number p.
     * Only an index built {@code fuzzySearchable} answers {@link #forEachFuzzyPlace}.
     */
    static NameIndex of(String[][] keysByPlace, boolean fuzzySearchable) {
        Map<String, List<Integer>> placesByKey = new LinkedHashMap<>(keysByPlace.length * 2);
        for (int place = 0; place < keysByPlace.length; place++) {
            for (String key : keysByPlace[place]) {
                placesByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
            }
        }
        String[] keys = placesByKey.keySet().toArray(String[]::new);
        Arrays.sort(keys, Comparator.comparingLong((String key) -> bucket(key, key.length())).thenComparing(key -> key));
        int[] keyStarts = new int[keys.length + 1];
        int[] placeStarts = new int[keys.length + 1];
        for (int k = 0; k < keys.length; k++) {
            keyStarts[k + 1] = keyStarts[k] + keys[k].length();
            placeStarts[k + 1] = placeStarts[k] + placesByKey.get(keys[k]).size();
        }
        char[] keyChars = new char[keyStarts[keys.length]];
        int[] places = new int[placeStarts[keys.length]];
        int[] slots = new int[Integer.highestOneBit(Math.max(1, keys.length)) * 4];
        for (int k = 0; k < keys.length; k++) {
            keys[k].getChars(0, keys[k].length(), keyChars, keyStarts[k]);
            int at = placeStarts[k];
            for (int place : placesByKey.get(keys[k])) {
                places[at++] = place;
            }
            int slot = slot(keys[k].hashCode(), slots.length);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = k + 1;
        }
        if (!fuzzySearchable) {
            return new NameIndex(keyStarts, keyChars, slots, placeStarts, places, new long[1], new long[0]);
        }
        return fuzzyIndexed(keyStarts, keyChars, slots, placeStarts, places);
    }

    /**
     * The index with its fuzzy index ({@link #groups}, {@link #entries}) made: the
     * signatures of every key of a fuzzy bound, counted, given slots, and the keys filed under them in key order.
     */
    private static NameIndex fuzzyIndexed(int[] keyStarts, char[] keyChars, int[] slots, int[] placeStarts,
                                          int[] places) {
        int keys = keyStarts.length - 1;
        if (keys >= 1 << ENTRY_KEY_BITS) {
            throw new IllegalArgumentException("too many keys for the fuzzy index's entries: " + keys);
        }
        Map<Long, Integer> entriesBySignature = new HashMap<>();
        long[] signatures = new long[MAX_SIGNATURES];
        for (int k = 0; k < keys; k++) {
            int count = signaturesOf(keyChars, keyStarts[k], keyStarts[k + 1] - keyStarts[k], signatures);
            for (int i = 0; i < count; i++) {
                entriesBySignature.merge(signatures[i], 1, Integer::sum);
            }
        }
        // at most three slots in four used: probes of absent signatures stop after a slot or two
        long[] groups = new long[Integer.highestOneBit(Math.max(1, entriesBySignature.size() * 4 / 3)) * 2 + 1];
        int[] counts = new int[groups.length];
        for (Map.Entry<Long, Integer> group : entriesBySignature.entrySet()) {
            int slot = groupSlot(groups, group.getKey());
            groups[slot] = group.getKey();
            counts[slot] = group.getValue();
        }
        int[] starts = new int[groups.length];
        for (int slot = 0; slot + 1 < groups.length; slot++) {
            starts[slot + 1] = starts[slot] + counts[slot];
        }
        if (starts[groups.length - 1] > START_MASK) {
            throw new IllegalArgumentException("too many entries for the fuzzy index: " + starts[groups.length - 1]);
        }
        long[] entries = new long[starts[groups.length - 1]];
        int[] filled = Arrays.copyOf(starts, groups.length);
        for (int k = 0; k < keys; k++) {
            int start = keyStarts[k];
            int length = keyStarts[k + 1] - start;
            int count = signaturesOf(keyChars, start, length, signatures);
            long entry = (long) letterBits(letters(keyChars, start, start + length)) << 32
                    | (long) Math.min(length, ENTRY_LENGTH_MASK) << ENTRY_KEY_BITS | k;
            for (int i = 0; i < count; i++) {
                entries[filled[groupSlot(groups, signatures[i])]++] = entry;
            }
        }
        for (int slot = 0; slot < groups.length; slot++) {
            groups[slot] |= starts[slot];
        }
        return new NameIndex(keyStarts, keyChars, slots, placeStarts, places, groups, entries);
    }

    void write(IndexIO.Out out) throws IOException {
        out.ints(keyStarts);
        out.chars(keyChars);
        out.ints(slots);
        out.ints(placeStarts);
        out.ints(places);
        out.longs(groups);
        out.longs(entries);
    }

    static NameIndex read(IndexIO.In in) throws IOException {
        return new NameIndex(in.ints(), in.chars(), in.ints(), in.ints(), in.ints(), in.longs(), in.longs());
    }

    /** The number of the key, or -1 when no place has it. */
    int keyNumber(String key) {
        return keyNumber(key.toCharArray(), key.length(), key.hashCode());
    }

    /**
     * {@link #keyNumber(String)} of the key held in {@code key[0 .. length)}, {@code hash} its {@link String#hashCode}:
     * the toponym finder builds the keys of the spans it tries in a buffer, without making strings.
     */
    int keyNumber(char[] key, int length, int hash) {
        long mixed = mix(hash);
        long bits = filterBits(mixed);
        if ((filter[filterWord(mixed)] & bits) != bits) {
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = slot(hash, slots.length); slots[slot] != 0; slot = (slot + 1) & mask) {
            int k = slots[slot] - 1;
            int start = keyStarts[k];
            if (keyStarts[k + 1] - start == length && Arrays.equals(keyChars, start, start + length, key, 0, length)) {
                return k;
            }
        }
        return -1;
    }

    /** The number of keys; key numbers run from 0 to this, less one. */
    int size() {
        return keyStarts.length - 1;
    }

    /** The place numbers filed under key number k, ascending. */
    int[] places(int k) {
        return Arrays.copyOfRange(places, placeStarts[k], placeStarts[k + 1]);
    }

    private void forEachPlaceOf(int k, IntConsumer consumer) {
        for (int i = placeStarts[k]; i < placeStarts[k + 1]; i++) {
            consumer.accept(places[i]);
        }
    }

    /**
     * Calls the consumer with the places of every key within the fuzzy bound of {@code key}
     * ({@link NameFolder#withinFuzzyBound}), in order of key number. Only keys with the same first two letters are
     * compared: transliterations vary inside a name far more than at its start (and vowel changes are the loose
     * key's business), and this keeps a search small, so that a long document's many capitalised words cost little.
     * Keys that differ from the query only by an ending are skipped: such pairs are inflections ("Syrian"/"Syria",
     * "Iraqi"/"Iraq"), not misspellings. A place of several matching keys is called once for each.
     */
    void forEachFuzzyPlace(String key, IntConsumer consumer) {
        int bound = NameFolder.fuzzyBound(key.length());
        if (bound == 0 || entries.length == 0) {
            return;
        }
        char[] query = key.toCharArray();
        int queryBits = letterBits(letters(query, 0, query.length));
        // Per length difference (key length - query length + 2), the letter bits a key of that length may differ in:
        // the bound of a pair is that of its shorter key, the lengths may differ by no more than it (a key of 10
        // letters has none of 8 within its bound, fuzzyBound(8) = 1), and within it s substitutions, i insertions
        // and d deletions (i + d ≥ the length difference, s + i + d ≤ the bound) change the letter counts by at most
        // 2s + i + d ≤ 2 × bound - length difference; the letter sets differ in no more bits than that (see letters).
        // -1 where no key of that length can be within the bound.
        int[] allowed = new int[2 * MAX_BOUND + 1];
        for (int difference = -MAX_BOUND; difference <= MAX_BOUND; difference++) {
            int length = query.length + difference;
            int pairBound = NameFolder.fuzzyBound(Math.min(query.length, length));
            allowed[difference + MAX_BOUND] = Math.abs(difference) > pairBound ? -1 : 2 * pairBound - Math.abs(difference);
        }
        // entries cap lengths as the query's is capped here: past 10 letters the bound no longer changes with length
        int queryLength = Math.min(query.length, ENTRY_LENGTH_MASK);
        long[] signatures = new long[MAX_SIGNATURES];
        int count = signaturesOf(query, 0, query.length, signatures);
        int[] candidates = new int[16];
        int found = 0;
        for (int i = 0; i < count; i++) {
            int slot = groupSlot(groups, signatures[i]);
            int end = (int) (groups[slot + 1] & START_MASK);
            for (int e = (int) (groups[slot] & START_MASK); e < end; e++) {
                long entry = entries[e];
                int difference = (int) (entry >>> ENTRY_KEY_BITS & ENTRY_LENGTH_MASK) - queryLength + MAX_BOUND;
                if (difference >= 0 && difference <= 2 * MAX_BOUND
                        && Integer.bitCount(queryBits ^ (int) (entry >>> 32)) <= allowed[difference]) {
                    if (found == candidates.length) {
                        candidates = Arrays.copyOf(candidates, 2 * found);
                    }
                    candidates[found++] = (int) entry & ENTRY_KEY_MASK;
                }
            }
        }
        // a key filed under several of the query's signatures comes once, and keys in order, as a scan found them
        Arrays.sort(candidates, 0, found);
        int[] counts = new int[128];
        int[] rows = new int[3 * (key.length() + bound + 1)];
        for (int c = 0; c < found; c++) {
            int k = candidates[c];
            if (c > 0 && k == candidates[c - 1]) {
                continue;
            }
            int start = keyStarts[k];
            int length = keyStarts[k + 1] - start;
            if (!isPrefix(query, keyChars, start, length)
                    && NameFolder.withinFuzzyBound(query, 0, query.length, keyChars, start, length, counts, rows)) {
                forEachPlaceOf(k, consumer);
            }
        }
    }

    /** The largest {@link NameFolder#fuzzyBound}. */
    private static final int MAX_BOUND = 2;
    /** How many letters after the first two a signature keeps. */
    private static final int SIGNATURE_LETTERS = 3;
    /** The most signatures a key has: the three-letter subsequences of five letters. */
    private static final int MAX_SIGNATURES = 10;
    private static final int ENTRY_KEY_BITS = 22;
    private static final int ENTRY_KEY_MASK = (1 << ENTRY_KEY_BITS) - 1;
    /** Lengths of 1023 and more are 1023 in an entry and in a search, which only lets more keys through. */
    private static final int ENTRY_LENGTH_MASK = (1 << 10) - 1;

    /**
     * Puts the tags of the key's signatures into {@code signatures}, each once, and returns how many; none for a key
     * without a fuzzy bound. A signature is the key's first two letters and a subsequence of three of the next three
     * plus its bound letters (all of them when fewer). Why it finds every key within the bound: two keys of the same
     * first two letters within a bound b of each other (b is that of the shorter) are, after those two letters, within
     * b deletions each of a common subsequence c (a substitution or a swap of neighbours is a deletion from each,
     * an insertion one from the other; the first two letters, the same, need no edit), and c's first three letters are
     * a subsequence of the first three plus b letters of each (each deletion before them moves them one letter on),
     * so both keys have that signature; c has at least three letters, as keys of a fuzzy bound have at least 6.
     */
    private static int signaturesOf(char[] key, int from, int length, long[] signatures) {
        int bound = NameFolder.fuzzyBound(length);
        if (bound == 0) {
            return 0;
        }
        int window = Math.min(length - 2, SIGNATURE_LETTERS + bound);
        int first = from + 2;
        long prefix = ((long) key[from] << 16 | key[from + 1]) * 0x9E3779B97F4A7C15L;
        int count = 0;
        for (int i = 0; i < window; i++) {
            for (int j = i + 1; j < window; j++) {
                for (int l = j + 1; l < window; l++) {
                    long tag = signatureTag(prefix, key[first + i], key[first + j], key[first + l]);
                    boolean seen = false;
                    for (int s = 0; s < count; s++) {
                        seen |= signatures[s] == tag;
                    }
                    if (!seen) {
                        signatures[count++] = tag;
                    }
                }
            }
        }
        return count;
    }

    /** A signature's tag: its hash's high bits, never 0 (an empty slot of {@link #groups}). */
    private static long signatureTag(long prefix, char a, char b, char c) {
        long hash = (prefix ^ ((long) a << 32 | (long) b << 16 | c)) * 0xC2B2AE3D27D4EB4FL;
        hash = (hash ^ hash >>> 31) & ~START_MASK;
        return hash == 0 ? START_MASK + 1 : hash;
    }

    /** The low bits of a {@link #groups} slot: where its entries start. */
    private static final int START_BITS = 24;
    private static final long START_MASK = (1L << START_BITS) - 1;

    /** The slot of a signature's tag in the table: its own, or the empty slot where it would go. */
    private static int groupSlot(long[] groups, long tag) {
        int mask = groups.length - 2;
        int slot = (int) (tag >>> 40) & mask;
        for (long at = groups[slot] & ~START_MASK; at != 0 && at != tag; at = groups[slot] & ~START_MASK) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * The letters of a key as two sets of 64 bits, each character standing for bit {@code c % 64}: the bits of
     * the characters that occur, and of those that occur twice or more. For each bit, the number of the two sets
     * in which two keys differ is the difference of their counts of its characters, capped at 2; so the bits in
     * which the sets of two keys differ are at most the letter-count difference, which each edit changes by at
     * most two (a substitution: one letter fewer, another more).
     */
    private static long[] letters(char[] chars, int from, int to) {
        long once = 0;
        long twice = 0;
        for (int i = from; i < to; i++) {
            long bit = 1L << chars[i];
            twice |= once & bit;
            once |= bit;
        }
        return new long[] {once, twice};
    }

    /**
     * Part of a key's two letter sets ({@link #letters}) in one int: the bits of the letters a to z of the set (in
     * bits 0 to 25), and those of {@link #REPEATED_LETTERS} of the repeated set (26 to 31). Leaving the other bits out
     * (other characters, digits, which share bits with p to y in the sets, and the other repeated letters) only lets
     * more keys through: the bits in which two keys' letter bits differ are still at most their letter-count
     * difference.
     */
    private static int letterBits(long[] letterSets) {
        int bits = (int) ((letterSets[0] >>> 'a' % 64) & ((1L << 26) - 1));
        for (int i = 0; i < REPEATED_LETTERS.length(); i++) {
            if ((letterSets[1] & (1L << REPEATED_LETTERS.charAt(i))) != 0) {
                bits |= 1 << (26 + i);
            }
        }
        return bits;
    }

    /** The letters most often repeated in names, whose repeated-set bits {@link #letterBits} keeps. */
    private static final String REPEATED_LETTERS = "aeinrl";

    /** Whether the shorter of the query and the candidate key starts the other. */
    private static boolean isPrefix(char[] query, char[] chars, int start, int length) {
        int common = Math.min(query.length, length);
        for (int i = 0; i < common; i++) {
            if (query[i] != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** A key's hash spread over 64 bits, for the {@link #filter}. */
    private static long mix(int hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return mixed ^ (mixed >>> 29);
    }

    private int filterWord(long mixed) {
        return (int) (mixed >>> 40) & (filter.length - 1);
    }

    private static long filterBits(long mixed) {
        return 1L << mixed | 1L << (mixed >>> 6) | 1L << (mixed >>> 12) | 1L << (mixed >>> 18);
    }

    /** The hash table slot of a key's {@link String#hashCode}, as {@link java.util.HashMap} spreads it. */
    private static int slot(int hash, int tableLength) {
        return (hash ^ (hash >>> 16)) & (tableLength - 1);
    }

    /** The first two letters of the key and a length, in one number; keys sort by it, so that similar keys lie together. */
    private static long bucket(String key, int length) {
        char first = key.isEmpty() ? 0 : key.charAt(0);
        char second = key.length() < 2 ? 0 : key.charAt(1);
        return ((long) first << 48) | ((long) second << 32) | length;
    }
}
