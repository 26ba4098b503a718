package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary of phrases compiled into a character trie, for linear-time longest-match search
 * over folded text (see {@link MatchText}). Latin-script phrases match whole words only; a phrase
 * ending in {@code *} matches any word that starts with it ("avgå*"); CJK phrases match anywhere.
 *
 * <pre>
 *   PhraseMatcher&lt;EventType&gt; m = PhraseMatcher.&lt;EventType&gt;builder().add("resigned", DEPARTURE).build();
 *   m.findAll(matchText.fold(sentence));
 * </pre>
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** A match: half-open offsets into the searched text and the values of the matched phrase. */
    public record Match<T>(int begin, int end, List<T> values) {
    }

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>();
        List<T> values = List.of();
        List<T> prefixValues = List.of();
    }

    private final Node<T> root;
    private final int size;
    private final List<String> wordSuffixes;

    private PhraseMatcher(Node<T> root, int size, List<String> wordSuffixes) {
        this.root = root;
        this.size = size;
        this.wordSuffixes = wordSuffixes;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public int size() {
        return size;
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<T>> findAll(String folded) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            Match<T> m = longestAt(folded, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest match starting exactly at {@code start}, or null. */
    public Match<T> longestAt(String folded, int start) {
        return longestAt(folded, start, folded.length());
    }

    /** The longest match starting exactly at {@code start} and ending by {@code limit}, or null. */
    public Match<T> longestAt(String folded, int start, int limit) {
        char first = folded.charAt(start);
        boolean latinStart = MatchText.isWordChar(first);
        if (latinStart && start > 0 && MatchText.isWordChar(folded.charAt(start - 1))) {
            return null; // inside a word
        }
        Node<T> node = root;
        Match<T> best = null;
        for (int i = start; i < Math.min(limit, folded.length()); i++) {
            node = node.next.get(folded.charAt(i));
            if (node == null) {
                break;
            }
            int end = i + 1;
            if (!node.values.isEmpty() && (!latinStart || !endsInsideWord(folded, end) || suffixFollows(folded, end))) {
                best = new Match<>(start, end, node.values);
            }
            if (!node.prefixValues.isEmpty()) {
                int wordEnd = end;
                while (wordEnd < folded.length() && MatchText.isWordChar(folded.charAt(wordEnd))) {
                    wordEnd++;
                }
                if (best == null || wordEnd > best.end()) {
                    best = new Match<>(start, wordEnd, node.prefixValues);
                }
            }
        }
        return best;
    }

    /** An inflection ending allowed after a whole-word phrase, like the genitive s of "Volvos". */
    private boolean suffixFollows(String folded, int end) {
        for (String suffix : wordSuffixes) {
            int after = end + suffix.length();
            if (folded.startsWith(suffix, end)
                    && (after == folded.length() || !MatchText.isWordChar(folded.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInsideWord(String folded, int end) {
        return end < folded.length() && MatchText.isWordChar(folded.charAt(end))
                && MatchText.isWordChar(folded.charAt(end - 1));
    }

    /** Collects phrases; {@link #build()} compiles them. Phrases must already be folded. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();
        private int size;
        private List<String> wordSuffixes = List.of();

        /** Lets whole-word phrases match when one of these endings follows them ("s" for genitives). */
        public Builder<T> allowWordSuffixes(List<String> suffixes) {
            this.wordSuffixes = List.copyOf(suffixes);
            return this;
        }

        public Builder<T> add(String foldedPhrase, T value) {
            String p = foldedPhrase.strip();
            boolean prefix = p.endsWith("*");
            if (prefix) {
                p = p.substring(0, p.length() - 1);
            }
            if (p.isEmpty()) {
                return this;
            }
            Node<T> node = root;
            for (int i = 0; i < p.length(); i++) {
                node = node.next.computeIfAbsent(p.charAt(i), c -> new Node<>());
            }
            if (prefix) {
                node.prefixValues = append(node.prefixValues, value);
            } else {
                node.values = append(node.values, value);
            }
            size++;
            return this;
        }

        private static <T> List<T> append(List<T> list, T value) {
            Set<T> s = new LinkedHashSet<>(list);
            s.add(value);
            return List.copyOf(s);
        }

        public PhraseMatcher<T> build() {
            return new PhraseMatcher<>(root, size, wordSuffixes);
        }
    }
}
