package org.newskg.extract;

/**
 * Decides between candidate facts: scores each, and the best candidate of a title or trigger is
 * chosen when its score reaches the threshold. Implementations are immutable and thread-safe.
 */
public interface CandidateScorer {

    /** How likely the candidate is a fact the article states, from 0 to 1. */
    double score(Candidate c);

    /** The least score a chosen candidate needs. */
    double threshold();

    /** Whether {@link #score} reads {@link Candidate#features()} (else they are not computed). */
    boolean needsFeatures();
}
