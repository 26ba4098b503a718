package org.newskg.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.query.Timeline;
import org.newskg.query.TimelineFact;

/**
 * The rows of a timeline picture: one per person and role on an organization's timeline, one per
 * organization and role on a person's. Rows of the same person (or organization) stay together;
 * groups and rows run oldest first, undated last, so the picture reads top to bottom.
 */
final class TimelineRows {

    /**
     * One row of the chart.
     *
     * @param group the person (organization timeline) or organization (person timeline)
     * @param role  the role, or "" for events that name none
     * @param facts the holdings and events drawn on the row, oldest first
     */
    record Row(String group, String role, List<TimelineFact> facts) {

        Row {
            facts = List.copyOf(facts);
        }

        /** "Kim Lund · Chief Executive Officer", or the group alone when there is no role. */
        String label() {
            return role.isEmpty() ? group : group + " \u00b7 " + role;
        }

        Optional<LocalDate> earliest() {
            return facts.stream().filter(f -> f.start() != null).map(f -> f.start().earliest())
                    .min(Comparator.naturalOrder());
        }
    }

    private TimelineRows() {
    }

    static List<Row> of(Timeline timeline) {
        boolean byPerson = timeline.subject() == Timeline.Subject.ORGANIZATION;
        Map<String, Map<String, List<TimelineFact>>> groups = new LinkedHashMap<>();
        for (TimelineFact f : timeline.facts()) {
            String group = byPerson ? f.person() : f.organization();
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).computeIfAbsent(f.role(), r -> new ArrayList<>())
                    .add(f);
        }
        List<List<Row>> grouped = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (var r : g.getValue().entrySet()) {
                List<TimelineFact> facts = new ArrayList<>(r.getValue());
                facts.sort(FACT_ORDER);
                rows.add(new Row(g.getKey(), r.getKey(), facts));
            }
            rows.sort(Comparator.comparing((Row r) -> r.earliest().orElse(LocalDate.MAX)).thenComparing(Row::role));
            grouped.add(rows);
        }
        grouped.sort(Comparator.comparing((List<Row> g) -> g.stream().map(Row::earliest).flatMap(Optional::stream)
                .min(Comparator.naturalOrder()).orElse(LocalDate.MAX)).thenComparing(g -> g.get(0).group()));
        return grouped.stream().flatMap(List::stream).toList();
    }

    /** Oldest first, undated last; a holding before an event on the same date; the IRI settles ties. */
    static final Comparator<TimelineFact> FACT_ORDER = Comparator
            .comparing((TimelineFact f) -> f.start() == null ? LocalDate.MAX : f.start().earliest())
            .thenComparing(f -> !f.isHolding())
            .thenComparing(TimelineFact::kind)
            .thenComparing(TimelineFact::iri);
}
