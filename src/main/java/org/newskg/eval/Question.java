package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * "Who held {@code role} at {@code organization} on {@code date}?", the expected names, and the
 * ids of the articles that answer it (possibly none listed).
 */
public record Question(String organization, String role, LocalDate date, List<String> expected, List<String> articles) {

    public Question {
        expected = List.copyOf(expected);
        articles = List.copyOf(articles);
    }

    public Question(String organization, String role, LocalDate date, List<String> expected) {
        this(organization, role, date, expected, List.of());
    }
}
