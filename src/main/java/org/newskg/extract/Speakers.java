package org.newskg.extract;

import java.util.List;
import org.newskg.lang.Sentence;

/**
 * Who "I" is: the person a speech verb ("said", "a déclaré", "表示") attributes a quotation to, in
 * the sentence or, for a quotation that goes on ("Paul Morin a écrit sur X. « Je prends un congé… »"),
 * the last one named before it.
 */
final class Speakers {

    /** How many mentions after a speech verb its speaker may stand: "a déclaré hier Paul Morin". */
    private static final int AFTER = 2;

    private Speakers() {
    }

    /**
     * The speaker a sentence names: the person before its first speech verb ("Anna Berg said"), a
     * pronoun there standing for {@code lastPerson}, else a person right after it ("said Anna Berg").
     * Null when the sentence attributes nothing to anyone it names.
     */
    static String of(Lexicon lex, Sentence sentence, List<Mention> mentions, ArticleEntities entities, String lastPerson) {
        List<PhraseMatcher.Match<Boolean>> verbs = lex.speechVerbs().findAll(lex.fold(sentence.text()));
        for (PhraseMatcher.Match<Boolean> v : verbs) {
            int at = sentence.begin() + v.begin();
            String before = personBefore(lex, mentions, at, entities, lastPerson);
            if (before != null) {
                return before;
            }
            int seen = 0;
            for (Mention m : mentions) {
                if (m.begin() < sentence.begin() + v.end() || m.kind() == Mention.Kind.TIME) {
                    continue;
                }
                if (isPerson(m, entities)) {
                    return entities.asPerson(m);
                }
                if (++seen >= AFTER) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * The person named nearest before an offset, a third-person pronoun there standing for
     * {@code lastPerson}: the subject of a verb at that offset. Null when none stands before it.
     */
    static String personBefore(Lexicon lex, List<Mention> mentions, int at, ArticleEntities entities, String lastPerson) {
        String before = null;
        for (Mention m : mentions) {
            if (m.end() > at) {
                break;
            }
            if (isPerson(m, entities)) {
                before = entities.asPerson(m);
            } else if (m.kind() == Mention.Kind.PRONOUN && !lex.isSpeakerPronoun(lex.fold(m.text()))) {
                before = lastPerson;
            }
        }
        return before;
    }

    /** Whether a sentence says "I" ("je", "我"). */
    static boolean saysI(Lexicon lex, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.PRONOUN && lex.isSpeakerPronoun(lex.fold(m.text())));
    }

    private static boolean isPerson(Mention m, ArticleEntities entities) {
        return m.kind() == Mention.Kind.NAME && m.hint() != Mention.Hint.ORGANIZATION && entities.isPerson(m)
                && !entities.isGenitive(m);
    }
}
