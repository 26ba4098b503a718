package org.newskg.query;

/**
 * The IRIs behind a row of facts, for machine-readable output: the fact (membership or event),
 * its person, organization and role ({@code null} where the fact names none, or a test made the
 * row by hand).
 */
public record FactIris(String fact, String person, String organization, String role) {

    /** No IRIs: for rows made by hand. */
    public static final FactIris NONE = new FactIris(null, null, null, null);
}
