package org.newskg.extract;

import java.util.Locale;
import java.util.Optional;

/** Kinds of small connecting words between titles, organizations and names (see {@code glue.tsv}). */
public enum Glue {
    /** role OF organization: of, de, d', för, 的. */
    OF,
    /** organization POSSESSIVE role: 's, :s. */
    POSS,
    /** person AS role: as, som, en tant que, 担任. */
    AS,
    /** person IS role: is, est, är, 是. */
    COPULA,
    /** role AND role: and, et, och, 兼. */
    CONJ,
    /** punctuation of apposition: comma, dash, parenthesis. */
    APPOS,
    /** articles and possessive determiners: the, le, son, 其. */
    DET,
    /** former, ex-, ancien, 前. */
    FORMER,
    /** next, new, incoming, prochain, 新任. */
    FUTURE,
    /** now, currently, derzeit, actuellement, nu: a present holder, read like no word at all. */
    NOW,
    /** a co-agent: with, together with, gemeinsam mit, avec, tillsammans med. */
    WITH;

    public static Optional<Glue> parse(String s) {
        try {
            return Optional.of(valueOf(s.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
