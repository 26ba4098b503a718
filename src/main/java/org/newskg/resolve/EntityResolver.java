package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Label;
import org.newskg.lang.EditDistance;
import org.newskg.lang.HanScript;
import org.newskg.lang.Slugs;

/**
 * Decides which entities, as stored article by article, are one real person or organization:
 * the same name in any label; a surname alone and the one full name in the corpus that ends with
 * it; a one-letter variant of a surname; a Chinese transliteration whose sound matches a Latin
 * surname (布兰特 ~ Brandt); a Chinese name whose pinyin is a Latin name. The result depends only on
 * the set of entities, never on their order.
 *
 * <p>The work splits by name: {@link #blockingKeys} gives each candidate keys such that the
 * candidates linked through them resolve alone exactly as among all the others, so that a
 * distributed job can resolve each linked group on its own, with this same code.
 */
public final class EntityResolver {

    /** An entity as one or more articles store it. */
    public record Candidate(String iri, EntityKind kind, Set<Label> labels, int sources) {
        public Candidate {
            labels = Set.copyOf(labels);
        }
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\u00B7\u30FB\\-]+");

    private final Slugs slugs = new Slugs();
    private final HanScript han = new HanScript();

    /**
     * A name key of a candidate, for splitting resolution into independent groups: see
     * {@link #linksCarriers} for when a key links the candidates that carry it.
     */
    public record BlockingKey(String key, Side side) {

        /** How a candidate carries a key: as any name, as a full name, or as a partial or non-Latin name matched against full names. */
        public enum Side {
            ANY, FULL, PARTIAL
        }
    }

    /**
     * Whether a key links all the candidates that carry it, given the sides they carry it on: when
     * one carries it on {@link BlockingKey.Side#ANY} side, or one as a full name and another as a
     * partial name (full names are compared with partial names under these keys, never with each
     * other).
     */
    public static boolean linksCarriers(java.util.Collection<BlockingKey.Side> sides) {
        return sides.contains(BlockingKey.Side.ANY)
                || sides.contains(BlockingKey.Side.FULL) && sides.contains(BlockingKey.Side.PARTIAL);
    }

    /**
     * The keys under which {@link #resolve} may relate this candidate to another: each folded label
     * (the same name in any label), a full name's given name and surname variants (Lindqvist ~
     * Lindkvist), and the surname forms, letters and sounds under which partial and non-Latin names
     * are matched with full names. Any set of candidates closed under the links these keys make
     * (see {@link #linksCarriers}; every candidate linked to one of the set is in it) resolves, by
     * {@link #resolve} on the set alone, exactly as it does
     * among all candidates: the relations {@code resolve} uses never leave such a set, and its
     * union-find keeps the least IRI of a group as its root, so each group evolves as it would
     * among all the others.
     */
    public List<BlockingKey> blockingKeys(Candidate c) {
        List<BlockingKey> out = new ArrayList<>();
        for (Label l : c.labels()) {
            out.add(new BlockingKey("name|" + c.kind() + "|" + fold(l.text()), BlockingKey.Side.ANY));
        }
        if (c.kind() != EntityKind.PERSON) {
            return out;
        }
        String full = fullLatin(c);
        if (full != null) {
            String[] parts = full.split(" ");
            String last = parts[parts.length - 1];
            out.add(new BlockingKey("surname|" + last, BlockingKey.Side.FULL));
            if (last.length() >= 5) {
                for (String v : FullNameIndex.oneDeleted(last)) {
                    out.add(new BlockingKey("near|" + v, BlockingKey.Side.FULL));
                }
            }
            out.add(new BlockingKey("letters|" + full.replace(" ", ""), BlockingKey.Side.FULL));
            out.add(new BlockingKey("letters|" + reversed(parts), BlockingKey.Side.FULL));
            String sound = Phonetic.key(last);
            if (sound.length() >= 3) {
                out.add(new BlockingKey("sound|" + sound, BlockingKey.Side.FULL));
            }
            for (String v : FullNameIndex.oneDeleted(last)) {
                out.add(new BlockingKey("variant|" + parts[0] + " " + parts.length + " " + v, BlockingKey.Side.ANY));
            }
            return out;
        }
        for (LabelForm f : labelForms(c)) {
            if (f.cjk()) {
                out.add(new BlockingKey("letters|" + f.text(), BlockingKey.Side.PARTIAL));
                if (f.phonetic().length() >= 3) {
                    out.add(new BlockingKey("sound|" + f.phonetic(), BlockingKey.Side.PARTIAL));
                }
            } else {
                out.add(new BlockingKey("surname|" + f.text(), BlockingKey.Side.PARTIAL));
                // Within one edit of a surname of five letters or more: four letters at least.
                if (f.text().length() >= 4) {
                    for (String v : FullNameIndex.oneDeleted(f.text())) {
                        out.add(new BlockingKey("near|" + v, BlockingKey.Side.PARTIAL));
                    }
                }
            }
        }
        return out;
    }

    /** Maps every candidate IRI to the IRI of its group's canonical member. */
    public Map<String, String> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Candidate::iri));
        UnionFind uf = new UnionFind();
        sorted.forEach(c -> uf.add(c.iri()));
        Map<String, List<String>> byLabel = new TreeMap<>();
        for (Candidate c : sorted) {
            for (Label l : c.labels()) {
                byLabel.computeIfAbsent(c.kind() + "|" + fold(l.text()), k -> new ArrayList<>()).add(c.iri());
            }
        }
        byLabel.values().forEach(iris -> iris.forEach(i -> uf.union(iris.get(0), i)));

        // Each candidate's full Latin name, computed once: the comparisons below are indexed, not
        // pairwise, so resolution stays near-linear in the number of entities.
        // (Organizations too: the canonical member of any group is preferably one with a full name.)
        Map<String, String> fullNames = new HashMap<>();
        for (Candidate c : sorted) {
            String f = fullLatin(c);
            if (f != null) {
                fullNames.put(c.iri(), f);
            }
        }
        List<Candidate> persons = sorted.stream().filter(c -> c.kind() == EntityKind.PERSON).toList();
        List<Candidate> full = persons.stream().filter(c -> fullNames.containsKey(c.iri())).toList();
        FullNameIndex index = new FullNameIndex(full.stream().map(c -> fullNames.get(c.iri())).toList());
        // Full names that differ by one letter in the surname, same given name: Lindqvist ~ Lindkvist.
        for (int[] pair : index.surnameVariantPairs()) {
            if (sameFullName(index.names.get(pair[0]), index.names.get(pair[1]))) {
                uf.union(full.get(pair[0]).iri(), full.get(pair[1]).iri());
            }
        }
        for (Candidate c : persons) {
            if (fullNames.containsKey(c.iri())) {
                continue;
            }
            List<String> matches = new ArrayList<>();
            List<LabelForm> forms = labelForms(c);
            for (int i : index.candidatesFor(forms)) {
                if (partOf(forms, index.names.get(i))) {
                    matches.add(uf.find(full.get(i).iri()));
                }
            }
            if (matches.stream().distinct().count() == 1) {
                uf.union(matches.get(0), c.iri());
            }
        }
        Map<String, List<Candidate>> groups = new TreeMap<>();
        for (Candidate c : sorted) {
            groups.computeIfAbsent(uf.find(c.iri()), k -> new ArrayList<>()).add(c);
        }
        Map<String, String> out = new HashMap<>();
        for (List<Candidate> g : groups.values()) {
            Candidate best = g.stream().min(Comparator.comparing((Candidate c) -> !fullNames.containsKey(c.iri()))
                    .thenComparing(c -> -c.sources())
                    .thenComparing(Candidate::iri)).orElseThrow();
            g.forEach(c -> out.put(c.iri(), best.iri()));
        }
        return out;
    }

    /** The forms under which {@link #partOf} can match a candidate's labels: folded text, or for CJK labels the folded transliteration. */
    private List<LabelForm> labelForms(Candidate c) {
        List<LabelForm> out = new ArrayList<>();
        for (Label l : c.labels()) {
            String t = l.text().strip();
            if (t.startsWith("@")) {
                continue;
            }
            if (isCjk(t)) {
                String latin = fold(latin(t));
                // A Japanese name in kanji is the person's own, not a transliteration: its Chinese reading sounds like
                // no Latin surname it might match (西田 read xitian is no Stein).
                out.add(new LabelForm(true, latin.replace(" ", ""), nativeJapanese(l) ? "" : Phonetic.key(latin)));
            } else {
                out.add(new LabelForm(false, fold(t), null));
            }
        }
        return out;
    }

    private record LabelForm(boolean cjk, String text, String phonetic) {
    }

    /**
     * The full Latin names, indexed by what {@link #partOf} and {@link #sameFullName} compare, so
     * that each lookup yields a small superset of the names that can match (each is then checked
     * with the same test as before).
     */
    private static final class FullNameIndex {
        final List<String> names;
        private final Map<String, List<Integer>> byLetters = new HashMap<>();
        private final Map<String, List<Integer>> byPhonetic = new HashMap<>();
        private final Map<String, List<Integer>> bySurnameVariant = new HashMap<>();

        FullNameIndex(List<String> names) {
            this.names = names;
            for (int i = 0; i < names.size(); i++) {
                String[] parts = names.get(i).split(" ");
                String last = parts[parts.length - 1];
                byLetters.computeIfAbsent(names.get(i).replace(" ", ""), k -> new ArrayList<>()).add(i);
                byLetters.computeIfAbsent(reversed(parts), k -> new ArrayList<>()).add(i);
                byPhonetic.computeIfAbsent(Phonetic.key(last), k -> new ArrayList<>()).add(i);
                for (String v : oneDeleted(last)) {
                    bySurnameVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
                }
            }
        }

        /** Indices of full names whose surname is within one edit of a label, or whose letters or sound match a CJK label; ascending. */
        java.util.SortedSet<Integer> candidatesFor(List<LabelForm> forms) {
            java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
            for (LabelForm f : forms) {
                if (f.cjk()) {
                    out.addAll(byLetters.getOrDefault(f.text(), List.of()));
                    if (f.phonetic().length() >= 3) {
                        out.addAll(byPhonetic.getOrDefault(f.phonetic(), List.of()));
                    }
                } else {
                    for (String v : oneDeleted(f.text())) {
                        out.addAll(bySurnameVariant.getOrDefault(v, List.of()));
                    }
                }
            }
            return out;
        }

        /** Pairs (i &lt; j) of full names with the same given name and number of parts whose surnames share a one-deletion variant. */
        List<int[]> surnameVariantPairs() {
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String[] parts = names.get(i).split(" ");
                String last = parts[parts.length - 1];
                for (String v : oneDeleted(last)) {
                    blocks.computeIfAbsent(parts[0] + " " + parts.length + " " + v, k -> new ArrayList<>()).add(i);
                }
            }
            java.util.Set<Long> seen = new java.util.HashSet<>();
            List<int[]> out = new ArrayList<>();
            for (List<Integer> b : blocks.values()) {
                for (int x = 0; x < b.size(); x++) {
                    for (int y = x + 1; y < b.size(); y++) {
                        int i = Math.min(b.get(x), b.get(y));
                        int j = Math.max(b.get(x), b.get(y));
                        if (i != j && seen.add(((long) i << 32) | j)) {
                            out.add(new int[] {i, j});
                        }
                    }
                }
            }
            return out;
        }

        /** The string itself and every string with one character deleted: two strings within one edit share one of these. */
        private static List<String> oneDeleted(String s) {
            List<String> out = new ArrayList<>(s.length() + 1);
            out.add(s);
            for (int i = 0; i < s.length(); i++) {
                out.add(s.substring(0, i) + s.substring(i + 1));
            }
            return out;
        }
    }

    private String fold(String s) {
        String n = MARKS.matcher(java.text.Normalizer.normalize(han.simplify(s), java.text.Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(n).replaceAll(" ").strip();
    }

    /** The longest Latin-script label with two or more words, folded (of equally long ones the first in order); null if none. */
    private String fullLatin(Candidate c) {
        String best = null;
        for (Label l : c.labels()) {
            String t = l.text().strip();
            // A romanization we made is no evidence of how the person writes their name.
            if (l.lang().contains("-Latn")) {
                continue;
            }
            if (t.startsWith("@") || t.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(ch) == Character.UnicodeScript.KATAKANA)) {
                continue;
            }
            String f = fold(t);
            // Labels come in no fixed order: equally long names are told apart by their letters.
            if (f.contains(" ") && (best == null || f.length() > best.length()
                    || f.length() == best.length() && f.compareTo(best) < 0)) {
                best = f;
            }
        }
        return best;
    }

    private static boolean sameFullName(String a, String b) {
        String[] pa = a.split(" ");
        String[] pb = b.split(" ");
        if (pa.length != pb.length || !pa[0].equals(pb[0])) {
            return false;
        }
        String la = pa[pa.length - 1];
        String lb = pb[pb.length - 1];
        return la.length() >= 5 && EditDistance.atMostOne(la, lb);
    }

    /** Whether a partial or non-Latin name (its {@link #labelForms}) is this full Latin name. */
    private static boolean partOf(List<LabelForm> forms, String fullName) {
        String[] parts = fullName.split(" ");
        String last = parts[parts.length - 1];
        String letters = fullName.replace(" ", "");
        for (LabelForm l : forms) {
            if (l.cjk()) {
                if (l.text().equals(letters) || l.text().equals(reversed(parts))) {
                    return true; // 陈立群 ~ Chen Liqun
                }
                if (l.phonetic().length() >= 3 && l.phonetic().equals(Phonetic.key(last))) {
                    return true; // 布兰特 ~ Brandt
                }
                continue;
            }
            String f = l.text();
            if (f.equals(last) || (last.length() >= 5 && EditDistance.atMostOne(f, last))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label is a Japanese name written in kanji (a transliterated one is in katakana). */
    static boolean nativeJapanese(Label l) {
        return l.lang().startsWith("ja") && l.text().chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN);
    }

    private static boolean isCjk(String t) {
        return t.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(ch) == Character.UnicodeScript.KATAKANA);
    }

    private String latin(String t) {
        return slugs.latin(t);
    }

    private static String reversed(String[] parts) {
        StringBuilder b = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            b.append(parts[i]);
        }
        return b.toString();
    }

    /** Union-find over IRIs; the smaller IRI becomes the root so results do not depend on order. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String x) {
            parent.putIfAbsent(x, x);
        }

        String find(String x) {
            String p = parent.get(x);
            if (p.equals(x)) {
                return x;
            }
            String r = find(p);
            parent.put(x, r);
            return r;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
