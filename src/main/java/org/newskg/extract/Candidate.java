package org.newskg.extract;

import java.util.List;
import java.util.Set;

/**
 * A fact a pattern proposed and a scorer decides on: a holding of a title or an event of a trigger.
 * Candidates of one title or one trigger compete; at most one of them is chosen.
 */
public sealed interface Candidate permits HoldingCandidate, EventCandidate {

    /** Every pattern that proposed it. */
    Set<Support> supports();

    /** Whether today's rule priorities choose it among its competitors. */
    boolean ruleChoice();

    /** Generic features of the candidate, as strings, for a trained scorer (empty unless asked for). */
    List<String> features();
}
