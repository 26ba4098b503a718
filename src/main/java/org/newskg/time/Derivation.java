package org.newskg.time;

/** How a date was obtained, kept so that {@code explain} can tell the user. */
public enum Derivation {
    /** Stated in full in the text ("14 May 2024"). */
    ABSOLUTE,
    /** Resolved against the publication date ("last November", "mardi soir"). */
    RELATIVE,
    /** Resolved against a publication date that was itself inferred from the text. */
    INFERRED,
    /** Taken from a time that opened an earlier sentence of the paragraph ("Last November, …"). */
    CONTEXT,
    /**
     * Points back to the time the text last named ("at the time", "days later", "彼時"); only the
     * extractor can resolve it, and it does so (to {@link #CONTEXT}) before any fact is dated.
     */
    ANAPHORIC,
    /** Taken from the publication date because the text gives no time for the fact. */
    PUBLICATION;

    /** This derivation where the publication date it rests on was itself inferred from the text. */
    public Derivation onInferredAnchor() {
        return this == RELATIVE || this == PUBLICATION ? INFERRED : this;
    }
}
