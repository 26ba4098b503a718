package org.newskg.extract;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of career events newskg recognizes; names match the ontology's classes. */
public enum EventType {
    APPOINTMENT("Appointment"),
    DEPARTURE("Departure"),
    DISMISSAL("Dismissal"),
    REINSTATEMENT("Reinstatement"),
    JOINING("Joining"),
    LEAVE_OF_ABSENCE("LeaveOfAbsence"),
    FOUNDING("Founding");

    private final String className;

    EventType(String className) {
        this.className = className;
    }

    /** Local name of the ontology class, e.g. "LeaveOfAbsence". */
    public String className() {
        return className;
    }

    /** Whether the event ends the post it concerns: a departure or a dismissal. */
    public boolean endsPost() {
        return this == DEPARTURE || this == DISMISSAL;
    }

    /** Finds a type by class name ("Departure") or constant name ("LEAVE_OF_ABSENCE"), ignoring case. */
    public static Optional<EventType> parse(String name) {
        return Arrays.stream(values())
                .filter(t -> t.className.equalsIgnoreCase(name) || t.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
