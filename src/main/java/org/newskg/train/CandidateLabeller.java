package org.newskg.train;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.eval.GoldFact;
import org.newskg.eval.Names;
import org.newskg.extract.CandidateRecord;

/**
 * Labels a candidate by aligning it with the gold facts of its article: a holding candidate is
 * right when gold has its person, organization and title; left out of training when gold has the
 * person at the organization under another title that nobody there holds in gold (the title's
 * wording, not the pairing, is then at fault); wrong otherwise. An event candidate is right when
 * gold has an event of its type befalling its person. Names match folded (case, accents,
 * punctuation), through the corpus's native-script aliases, or by their Latin transliteration.
 */
final class CandidateLabeller {

    private final Map<String, String> nativeNames;
    private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    CandidateLabeller(Map<String, String> nativeNames) {
        this.nativeNames = nativeNames;
    }

    /** True, false, or empty when the candidate teaches nothing reliable. */
    Optional<Boolean> label(CandidateRecord c, List<GoldFact> gold) {
        if (c.isEvent()) {
            String type = c.type().className();
            return Optional.of(gold.stream().anyMatch(g -> g.kind() == GoldFact.Kind.EVENT
                    && g.eventType().className().equals(type) && names(c.personNames(), g.person())));
        }
        boolean pair = false;
        for (GoldFact g : gold) {
            if (g.kind() != GoldFact.Kind.HOLDING || !names(c.personNames(), g.person())
                    || !names(c.orgNames(), g.organization())) {
                continue;
            }
            if (c.roles().stream().anyMatch(r -> fold(r).equals(fold(g.role())))) {
                return Optional.of(true);
            }
            pair = true;
        }
        if (pair) {
            // Someone else holds this title there in gold: the candidate pairs it with the wrong person.
            boolean another = gold.stream().anyMatch(g -> g.kind() == GoldFact.Kind.HOLDING
                    && names(c.orgNames(), g.organization()) && !names(c.personNames(), g.person())
                    && c.roles().stream().anyMatch(r -> fold(r).equals(fold(g.role()))));
            return another ? Optional.of(false) : Optional.empty();
        }
        return Optional.of(false);
    }

    /** Whether one of the names is the gold name. */
    boolean namesMatch(Set<String> names, String gold) {
        return names(names, gold);
    }

    private boolean names(Set<String> names, String gold) {
        String g = fold(gold);
        String squashed = g.replace(" ", "");
        for (String n : names) {
            String f = fold(n);
            if (f.equals(g) || f.startsWith(g + " ") || g.equals(nativeNames.get(f))) {
                return true;
            }
            if (!n.isEmpty() && !Character.isLetter(n.charAt(0)) || n.chars().anyMatch(ch -> ch > 0x2E80)) {
                String latin;
                synchronized (toLatin) {
                    latin = toLatin.transliterate(n);
                }
                if (fold(latin).replace(" ", "").equals(squashed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String s) {
        return Names.fold(s);
    }
}
