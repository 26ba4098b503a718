package org.newskg.extract;

/**
 * Receives every candidate an extraction weighs, with what a trainer needs to label it against
 * gold: {@code newskg train} collects them; extraction itself passes {@link #NONE}.
 */
@FunctionalInterface
public interface CandidateSink {

    /** Collects nothing. */
    CandidateSink NONE = r -> { };

    void offer(CandidateRecord record);
}
