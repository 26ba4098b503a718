package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.lang.Sentence;
import org.newskg.time.TimeMention;

/**
 * When a post began, told by a verb of leading rather than by the title: "Klaus Brenner, der das
 * Familienunternehmen seit 2014 führt", "qui dirige Ondelia depuis 2022", "had led the daily since
 * 2017". The since-phrase dates the one post the article gives that person.
 */
final class Tenures {

    /** A person leading since a time, as one sentence tells it. */
    record Since(String person, TimeMention time) {
    }

    private Tenures() {
    }

    /** The since-phrase nearest a verb of leading in its clause, and the person before the verb. */
    static Since of(Lexicon lex, Sentence sentence, List<Mention> mentions, ArticleEntities entities, String lastPerson) {
        for (PhraseMatcher.Match<Boolean> v : lex.leadVerbs().findAll(lex.fold(sentence.text()))) {
            int at = sentence.begin() + v.begin();
            Mention since = null;
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.TIME && m.time().relation() == TimeMention.Relation.SINCE
                        && sameClause(sentence, m, at) && (since == null || distance(m, at) < distance(since, at))) {
                    since = m;
                }
            }
            String person = Speakers.personBefore(lex, mentions, at, entities, lastPerson);
            if (since != null && person != null) {
                return new Since(person, since.time());
            }
        }
        return null;
    }

    /**
     * The holdings with the since-phrases' starts: where a person holds exactly one post of no known
     * start (not a founding, board seat or interim title) at one organization.
     */
    static List<Holding> apply(List<Holding> holdings, List<Since> tenures) {
        List<Holding> out = new ArrayList<>(holdings);
        for (Since s : tenures) {
            List<Integer> posts = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                Holding h = out.get(i);
                if (h.personKey().equals(s.person()) && !Roles.isConcurrent(h.role()) && !Roles.isInterim(h.role())) {
                    posts.add(i);
                }
            }
            if (posts.size() == 1 && out.get(posts.get(0)).start() == null) {
                Holding h = out.get(posts.get(0));
                if (h.end() == null || !h.end().latest().isBefore(s.time().value().earliest())) {
                    out.set(posts.get(0), h.withStart(s.time().value(), s.time().derivation()));
                }
            }
        }
        return out;
    }

    private static boolean sameClause(Sentence sentence, Mention time, int at) {
        int from = Math.min(time.end(), at) - sentence.begin();
        int to = Math.max(time.begin(), at) - sentence.begin();
        if (from >= to) {
            return true;
        }
        String between = sentence.text().substring(Math.max(0, from), Math.min(sentence.text().length(), to));
        return between.chars().noneMatch(c -> ",;:\uFF0C\u3001\uFF1B\u3002".indexOf(c) >= 0);
    }

    private static int distance(Mention m, int at) {
        return m.end() <= at ? at - m.end() : m.begin() - at;
    }
}
