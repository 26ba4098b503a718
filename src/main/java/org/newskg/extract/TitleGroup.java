package org.newskg.extract;

import java.util.List;

/**
 * A title, or titles held together ("co-founder and chief scientist"), items {@code first..last}
 * of a sentence, with the organization written next to it ("Nordbank's CEO", "chief scientist of
 * Nordbank"), typed as one on sight. {@code left} and {@code right} are the items just outside
 * title and organization, where the patterns look for the holder.
 *
 * @param org       the key of the organization written next to the title, or null
 * @param orgHow    {@link Support#ORG_BEFORE_TITLE} or {@link Support#TITLE_OF_ORG}, or null
 * @param verbOrg   "在華辰大學擔任…": an organization right before the verb that takes up the title, or null
 */
record TitleGroup(int first, int last, int left, int right, String org, Support orgHow, Mention verbOrg) {

    Mention firstRole(SentenceView v) {
        return v.at(first);
    }

    Mention lastRole(SentenceView v) {
        return v.at(last);
    }

    /** The item where a clause's verb would take up the title: the first after the organization before it. */
    int head() {
        return left + 1;
    }

    static TitleGroup read(SentenceView v, int first, int last) {
        List<Mention> items = v.items;
        ArticleEntities entities = v.entities;
        String org = null;
        Support how = null;
        int left = first - 1;
        if (left >= 0 && SentenceView.isOrgLike(items.get(left))) {
            List<Glue> g = v.bareGap(items.get(left), items.get(first));
            if (g != null && (g.isEmpty() || g.equals(List.of(Glue.POSS)) || g.equals(List.of(Glue.OF)))) {
                String o = entities.asOrganization(items.get(left));
                if (o != null) {
                    org = o;
                    how = Support.ORG_BEFORE_TITLE;
                    left--;
                    // "Norvik公司研究總監": the company word is part of the name before it.
                    if (items.get(left + 1).kind() == Mention.Kind.ANAPHOR && left >= 0 && SentenceView.isOrgLike(items.get(left))
                            && items.get(left).end() == items.get(left + 1).begin()
                            && entities.asOrganization(items.get(left)) != null) {
                        org = entities.asOrganization(items.get(left));
                        left--;
                    }
                }
            }
        }
        int right = last + 1;
        if (org == null && right < items.size() && SentenceView.isOrgLike(items.get(right))) {
            List<Glue> g = v.bareGap(items.get(last), items.get(right));
            if (g == null) {
                // "finance director at insurer Brook Mutual": "of" and a noun saying what the organization is.
                String raw = v.between(items.get(last), items.get(right)).strip();
                int sp = raw.lastIndexOf(' ');
                if (sp > 0 && v.lex.isKindNoun(v.lex.fold(raw.substring(sp + 1)))) {
                    g = SentenceView.strip(v.lex.gap(v.lex.fold(raw.substring(0, sp))));
                }
            }
            // "de la sociedad anónima": an anaphor may carry its own "of".
            boolean ownOf = g != null && g.isEmpty() && items.get(right).kind() == Mention.Kind.ANAPHOR
                    && startsWithOf(v, items.get(right).text());
            if (g != null && (ownOf || !g.isEmpty() && g.stream().allMatch(x -> x == Glue.OF))) {
                String o = entities.asOrganization(items.get(right));
                if (o != null) {
                    org = o;
                    how = Support.TITLE_OF_ORG;
                    right++;
                }
            }
        }
        Mention verbOrg = null;
        int head = left + 1;
        if (org == null && head > 0) {
            String raw = v.between(items.get(head - 1), items.get(head));
            if (HolderPatterns.VerbAs.takesUp(v, head) && HolderPatterns.VerbAs.cjkVerb(v, head) && SentenceView.isOrgLike(items.get(head - 1))
                    && raw.strip().length() <= 3) {
                verbOrg = items.get(head - 1);
            }
        }
        return new TitleGroup(first, last, left, right, org, how, verbOrg);
    }

    private static boolean startsWithOf(SentenceView v, String phrase) {
        List<Glue> g = v.firstWordGlue(phrase);
        return g != null && g.contains(Glue.OF);
    }
}
