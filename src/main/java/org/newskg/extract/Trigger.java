package org.newskg.extract;

/**
 * An event trigger word and where the person it concerns stands in an active clause: before it
 * ("X resigned"), after it ("the board fired X"), or either.
 */
public record Trigger(EventType type, Slot slot) {

    /** Where the person stands relative to the trigger. */
    public enum Slot {
        BEFORE, AFTER, EITHER
    }
}
