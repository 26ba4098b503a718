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
 * The resolver as it was before its comparisons were indexed: every full name against every other
 * and every partial name against every full name. Kept in the tests as the reference the indexed
 * {@link EntityResolver} must agree with.
 */
final class PairwiseResolver {

    
    private final Slugs slugs = new Slugs();
    private final HanScript han = new HanScript();

    /** Maps every candidate IRI to the IRI of its group's canonical member. */
    Map<String, String> resolve(List<EntityResolver.Candidate> candidates) {
        List<EntityResolver.Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(EntityResolver.Candidate::iri));
        UnionFind uf = new UnionFind();
        sorted.forEach(c -> uf.add(c.iri()));
        Map<String, List<String>> byLabel = new TreeMap<>();
        for (EntityResolver.Candidate c : sorted) {
            for (Label l : c.labels()) {
                byLabel.computeIfAbsent(c.kind() + "|" + fold(l.text()), k -> new ArrayList<>()).add(c.iri());
            }
        }
        byLabel.values().forEach(iris -> iris.forEach(i -> uf.union(iris.get(0), i)));

        List<EntityResolver.Candidate> persons = sorted.stream().filter(c -> c.kind() == EntityKind.PERSON).toList();
        List<EntityResolver.Candidate> full = persons.stream().filter(c -> fullLatin(c) != null).toList();
        // Full names that differ by one letter in the surname, same given name: Lindqvist ~ Lindkvist.
        for (int i = 0; i < full.size(); i++) {
            for (int j = i + 1; j < full.size(); j++) {
                if (sameFullName(fullLatin(full.get(i)), fullLatin(full.get(j)))) {
                    uf.union(full.get(i).iri(), full.get(j).iri());
                }
            }
        }
        for (EntityResolver.Candidate c : persons) {
            if (fullLatin(c) != null) {
                continue;
            }
            List<String> matches = new ArrayList<>();
            for (EntityResolver.Candidate f : full) {
                if (partOf(c, fullLatin(f))) {
                    matches.add(uf.find(f.iri()));
                }
            }
            if (matches.stream().distinct().count() == 1) {
                uf.union(matches.get(0), c.iri());
            }
        }
        Map<String, List<EntityResolver.Candidate>> groups = new TreeMap<>();
        for (EntityResolver.Candidate c : sorted) {
            groups.computeIfAbsent(uf.find(c.iri()), k -> new ArrayList<>()).add(c);
        }
        Map<String, String> out = new HashMap<>();
        for (List<EntityResolver.Candidate> g : groups.values()) {
            EntityResolver.Candidate best = g.stream().min(Comparator.comparing((EntityResolver.Candidate c) -> fullLatin(c) == null)
                    .thenComparing(c -> -c.sources())
                    .thenComparing(EntityResolver.Candidate::iri)).orElseThrow();
            g.forEach(c -> out.put(c.iri(), best.iri()));
        }
        return out;
    }

    private String fold(String s) {
        String n = java.text.Normalizer.normalize(han.simplify(s), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[\\s\u00B7\u30FB\\-]+", " ").strip();
    }

    /** The longest Latin-script label with two or more words, folded; null if none. */
    private String fullLatin(EntityResolver.Candidate c) {
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

    /** Whether a partial or non-Latin name is this full Latin name. */
    private boolean partOf(EntityResolver.Candidate c, String fullName) {
        String[] parts = fullName.split(" ");
        String last = parts[parts.length - 1];
        String letters = fullName.replace(" ", "");
        for (Label l : c.labels()) {
            String t = l.text().strip();
            if (t.startsWith("@")) {
                continue;
            }
            boolean cjk = t.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(ch) == Character.UnicodeScript.KATAKANA);
            if (cjk) {
                String latin = fold(slugs.latin(t));
                String joined = latin.replace(" ", "");
                if (joined.equals(letters) || joined.equals(reversed(parts))) {
                    return true; // 陈立群 ~ Chen Liqun
                }
                String key = Phonetic.key(latin);
                if (key.length() >= 3 && key.equals(Phonetic.key(last)) && !EntityResolver.nativeJapanese(l)) {
                    return true; // 布兰特 ~ Brandt
                }
                continue;
            }
            String f = fold(t);
            if (f.equals(last) || (last.length() >= 5 && EditDistance.atMostOne(f, last))) {
                return true;
            }
        }
        return false;
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
