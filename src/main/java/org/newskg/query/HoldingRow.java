package org.newskg.query;

import java.util.List;
import java.util.Set;

/**
 * One merged holding as the {@code holdings} command prints it and {@code eval} scores it.
 * Dates are ISO strings at their precision ("2024", "2024-05", "2024-05-14") or empty.
 *
 * @param roleLabels the English labels of the role (preferred and alternative)
 * @param sources    source article ids
 * @param iris       the IRIs of the holding, its person, organization and role
 */
public record HoldingRow(String person, Set<String> personAliases, String organization,
                         Set<String> organizationAliases, String role, Set<String> roleLabels,
                         String start, String end, List<String> sources, FactIris iris) {

    public HoldingRow {
        personAliases = Set.copyOf(personAliases);
        organizationAliases = Set.copyOf(organizationAliases);
        roleLabels = Set.copyOf(roleLabels);
        sources = List.copyOf(sources);
        start = start == null ? "" : start;
        end = end == null ? "" : end;
    }

    /** A row without IRIs (for rows made by hand, as in tests). */
    public HoldingRow(String person, Set<String> personAliases, String organization, Set<String> organizationAliases,
                      String role, Set<String> roleLabels, String start, String end, List<String> sources) {
        this(person, personAliases, organization, organizationAliases, role, roleLabels, start, end, sources, FactIris.NONE);
    }
}
