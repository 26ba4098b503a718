package org.newskg.query;

import java.util.Set;

/**
 * One event as the {@code events} command prints it and {@code eval} scores it: one row per event
 * and source article. Dates are ISO strings at their precision or empty.
 */
public record EventRow(String eventType, String person, Set<String> personAliases, String organization,
                       Set<String> organizationAliases, String role, Set<String> roleLabels,
                       String date, String end, String source, FactIris iris) {

    public EventRow {
        personAliases = Set.copyOf(personAliases);
        organizationAliases = Set.copyOf(organizationAliases);
        roleLabels = Set.copyOf(roleLabels);
        date = date == null ? "" : date;
        end = end == null ? "" : end;
        role = role == null ? "" : role;
    }

    /** A row without IRIs (for rows made by hand, as in tests). */
    public EventRow(String eventType, String person, Set<String> personAliases, String organization,
                    Set<String> organizationAliases, String role, Set<String> roleLabels, String date, String end,
                    String source) {
        this(eventType, person, personAliases, organization, organizationAliases, role, roleLabels, date, end, source,
                FactIris.NONE);
    }
}
