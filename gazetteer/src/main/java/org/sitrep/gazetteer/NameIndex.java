package org.sitrep.gazetteer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An immutable map from name keys to place numbers, held in a few primitive arrays: the keys' characters one
 * after another, an open-addressing hash table of key numbers, and each key's places. For the fuzzy search the
 * keys are numbered in order of their first two letters and their length, so that the keys of one such bucket
 * lie side by side, and within a bucket alphabetically. (They were in order of the weight of their letter sets, for a
 * search to read only the run of weights near the query's; that run was nine tenths of a bucket, and its two binary
 * searches cost more than the tenth they saved.)
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
    /** Bucket codes ({@link #bucket}) of the fuzzy-searchable keys, ascending; empty when not fuzzy-searchable. */
    private final long[] buckets;
    /** Key numbers of bucket b: {@code bucketFirst[b] .. bucketFirst[b] + bucketSize[b]}. */
    private final int[] bucketFirst;
    private final int[] bucketSize;
    /**
     * Per fuzzy-searchable key, the {@link #letterBits} of its letter sets, made at load: a necessary condition of
     * the fuzzy bound that rules out nearly every key of a bucket in two instructions. A search reads a bucket's
     * bits one after the other, so they are packed into one int a key: a quarter of the memory of the two sets.
     */
    private final int[] letterBits;

    private NameIndex(int[] keyStarts, char[] keyChars, int[] slots, int[] placeStarts, int[] places, long[] buckets,
                      int[] bucketFirst, int[] bucketSize) {
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
        this.buckets = buckets;
        this.bucketFirst = bucketFirst;
        this.bucketSize = bucketSize;
        // only a fuzzy-searchable index needs them (the loose index has no buckets)
        int keys = buckets.length == 0 ? 0 : keyStarts.length - 1;
        this.letterBits = new int[keys];
        for (int b = 0; b < buckets.length; b++) {
            for (int k = bucketFirst[b]; k < bucketFirst[b] + bucketSize[b]; k++) {
                letterBits[k] = letterBits(letters(keyChars, keyStarts[k], keyStarts[k + 1]));
            }
        }
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
        List<long[]> bucketRuns = new ArrayList<>();
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
            if (fuzzySearchable && NameFolder.fuzzyBound(keys[k].length()) > 0) {
                long bucket = bucket(keys[k], keys[k].length());
                if (bucketRuns.isEmpty() || bucketRuns.getLast()[0] != bucket) {
                    bucketRuns.add(new long[] {bucket, k, 0});
                }
                bucketRuns.getLast()[2]++;
            }
        }
        return new NameIndex(keyStarts, keyChars, slots, placeStarts, places,
                bucketRuns.stream().mapToLong(run -> run[0]).toArray(),
                bucketRuns.stream().mapToInt(run -> (int) run[1]).toArray(),
                bucketRuns.stream().mapToInt(run -> (int) run[2]).toArray());
    }

    void write(IndexIO.Out out) throws IOException {
        out.ints(keyStarts);
        out.chars(keyChars);
        out.ints(slots);
        out.ints(placeStarts);
        out.ints(places);
        out.longs(buckets);
        out.ints(bucketFirst);
        out.ints(bucketSize);
    }

    static NameIndex read(IndexIO.In in) throws IOException {
        return new NameIndex(in.ints(), in.chars(), in.ints(), in.ints(), in.ints(), in.longs(), in.ints(), in.ints());
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
     * ({@link NameFolder#withinFuzzyBound}). Only keys with the same first two letters are compared:
     * transliterations vary inside a name far more than at its start (and vowel changes are the loose
     * key's business), and this keeps a search to a few hundred comparisons, so that a long document's
     * many capitalised words cost little. Keys that differ from the query only by an ending are skipped:
     * such pairs are inflections ("Syrian"/"Syria", "Iraqi"/"Iraq"), not misspellings. A place of several
     * matching keys is called once for each.
     */
    void forEachFuzzyPlace(String key, IntConsumer consumer) {
        int bound = NameFolder.fuzzyBound(key.length());
        if (bound == 0) {
            return;
        }
        char[] query = key.toCharArray();
        int queryBits = letterBits(letters(query, 0, query.length));
        int[] counts = new int[128];
        int[] rows = new int[3 * (key.length() + bound + 1)];
        int[] passed = new int[SCAN_BLOCK];
        // The buckets of the query's first two letters lie side by side in order of length: one search finds the
        // first of the lengths within the bound, the others follow it.
        long lastBucket = bucket(key, key.length() + bound);
        int first = Arrays.binarySearch(buckets, bucket(key, key.length() - bound));
        for (int b = first >= 0 ? first : -first - 1; b < buckets.length && buckets[b] <= lastBucket; b++) {
            int length = (int) buckets[b];
            // The bound of a pair is that of its shorter key, and the lengths must differ by no more than it: a key
            // of 10 letters has none of 8 within its bound (fuzzyBound(8) = 1), as withinFuzzyBound would find.
            int pairBound = NameFolder.fuzzyBound(Math.min(key.length(), length));
            int lengthDifference = Math.abs(key.length() - length);
            if (lengthDifference > pairBound) {
                continue;
            }
            // Within the pair's bound, s substitutions, i insertions and d deletions (i + d ≥ the length difference,
            // s + i + d ≤ the bound) change the letter counts by at most 2s + i + d ≤ 2 × bound - length difference;
            // the letter sets differ in no more bits than that (see letters).
            int allowed = 2 * pairBound - lengthDifference;
            int last = bucketFirst[b] + bucketSize[b];
            for (int block = bucketFirst[b]; block < last; block += SCAN_BLOCK) {
                int blockEnd = Math.min(block + SCAN_BLOCK, last);
                // nearly every block has no key that passes: counting them first is a loop without branches
                if (failingKeys(queryBits, block, blockEnd, allowed) == blockEnd - block) {
                    continue;
                }
                // the keys that pass, gathered without branches: two or three a block that has any
                int passing = 0;
                for (int k = block; k < blockEnd; k++) {
                    passed[passing] = k;
                    passing += (Integer.bitCount(queryBits ^ letterBits[k]) - allowed - 1) >>> 31;
                }
                for (int p = 0; p < passing; p++) {
                    int k = passed[p];
                    int start = keyStarts[k];
                    if (!isPrefix(query, keyChars, start, length)
                            && NameFolder.withinFuzzyBound(query, 0, query.length, keyChars, start, length, counts, rows)) {
                        forEachPlaceOf(k, consumer);
                    }
                }
            }
        }
    }

    private static final int SCAN_BLOCK = 64;

    /** How many keys of {@code [from, to)} differ from the query's letter bits in more than {@code allowed} bits. */
    private int failingKeys(int queryBits, int from, int to, int allowed) {
        int failing = 0;
        for (int k = from; k < to; k++) {
            failing += (allowed - Integer.bitCount(queryBits ^ letterBits[k])) >>> 31;
        }
        return failing;
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

    /** The first two letters of the key and a length, in one number; keys sort by it into their buckets. */
    private static long bucket(String key, int length) {
        char first = key.isEmpty() ? 0 : key.charAt(0);
        char second = key.length() < 2 ? 0 : key.charAt(1);
        return ((long) first << 48) | ((long) second << 32) | length;
    }
}
