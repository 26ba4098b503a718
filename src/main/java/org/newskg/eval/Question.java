package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;

/** "Who held {@code role} at {@code organization} on {@code date}?" and the expected names. */
public record Question(String organization, String role, LocalDate date, List<String> expected) {

    public Question {
        expected = List.copyOf(expected);
    }
}
