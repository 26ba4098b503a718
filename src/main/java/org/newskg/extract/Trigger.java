package org.newskg.extract;

/**
 * An event trigger word and where the person it concerns stands in an active clause: before it
 * ("X resigned"), after it ("the board fired X"), or either.
 *
 * @param relational a noun for another person ("successor", "Nachfolgerin", "successeur"):
 *                   after a possessive ("his successor") it is not the possessor; written
 *                   {@code other} in {@code triggers.tsv}
 * @param passive    a passive succession ("X is succeeded by Y", "X wordt opgevolgd door Y"):
 *                   the person after is appointed, the one before replaced; written {@code passive}
 * @param role       the title the word itself implies ("co-founded" → Co-founder), or null
 */
public record Trigger(EventType type, Slot slot, boolean relational, boolean passive, Role role) {

    public Trigger(EventType type, Slot slot) {
        this(type, slot, false, false, null);
    }

    /** Where the person stands relative to the trigger. */
    public enum Slot {
        BEFORE, AFTER, EITHER
    }
}
