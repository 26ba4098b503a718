package org.newskg.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.ORG;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.time.TimeValue;

/**
 * Reads the timeline of a person or an organization from the store: its holdings
 * ({@code queries/timeline-holdings.rq}) and events ({@code queries/timeline-events.rq}), each with
 * the sentences and sources behind it.
 *
 * <pre>
 *   Timeline t = new TimelineFacts(new QueryLibrary(), iris).load(dataset, Timeline.Subject.ORGANIZATION, "Nordbank");
 * </pre>
 */
public final class TimelineFacts {

    private final QueryLibrary queries;
    private final Iris iris;

    public TimelineFacts(QueryLibrary queries, Iris iris) {
        this.queries = queries;
        this.iris = iris;
    }

    /** The timeline of whatever of that kind has {@code name} among its names (ignoring case); empty when nothing has. */
    public Timeline load(Dataset ds, Timeline.Subject subject, String name) {
        boolean person = subject == Timeline.Subject.PERSON;
        Node holdingLink = NodeFactory.createURI(person ? ORG.member.getURI() : ORG.organization.getURI());
        Node eventLink = NodeFactory.createURI(person ? NKG.agent.getURI() : NKG.organization.getURI());
        TreeSet<String> names = new TreeSet<>();
        List<TimelineFact> facts = new ArrayList<>();
        facts.addAll(read(ds, "timeline-holdings", name, holdingLink, names));
        facts.addAll(read(ds, "timeline-events", name, eventLink, names));
        // Oldest first, undated last; the IRI settles ties so the order never depends on the store.
        facts.sort(Comparator.comparing((TimelineFact f) -> f.start() == null)
                .thenComparing(f -> f.start() == null ? LocalDate.MIN : f.start().earliest())
                .thenComparing(TimelineFact::iri));
        return new Timeline(subject, List.copyOf(names), facts);
    }

    private List<TimelineFact> read(Dataset ds, String query, String name, Node link, TreeSet<String> names) {
        ResultTable t = ResultTable.select(ds, queries.get(query), Map.of("name", Params.string(name), "link", link));
        // Rows come one per evidence sentence, sorted by fact: fold them into one fact each.
        Map<String, Builder> byFact = new LinkedHashMap<>();
        for (Binding r : t.rows()) {
            names.add(ResultTable.text(r, "subjectLabel"));
            String iri = ResultTable.text(r, "fact");
            Builder b = byFact.computeIfAbsent(iri, k -> new Builder(iri, r));
            String evidence = ResultTable.text(r, "evidence");
            if (!evidence.isEmpty() && b.evidenceIris.add(evidence)) {
                String source = ResultTable.text(r, "source");
                b.evidence.add(new TimelineFact.Evidence(evidence, ResultTable.text(r, "sentence"),
                        language(r, "sentence"), source, iris.isSource(source) ? iris.sourceId(source) : Iris.key(source),
                        ResultTable.text(r, "url"), ResultTable.text(r, "headline"), date(r, "published"),
                        date(r, "anchor")));
            }
        }
        return byFact.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        final String iri;
        final Binding first;
        final TreeSet<String> evidenceIris = new TreeSet<>();
        final List<TimelineFact.Evidence> evidence = new ArrayList<>();

        Builder(String iri, Binding first) {
            this.iri = iri;
            this.first = first;
        }

        TimelineFact build() {
            String type = ResultTable.text(first, "type");
            String role = ResultTable.text(first, "roleLabel");
            if (role.isEmpty() && !ResultTable.text(first, "role").isEmpty()) {
                role = Iris.key(ResultTable.text(first, "role")); // a role with no English label: its key
            }
            return new TimelineFact(iri, type.isEmpty() ? TimelineFact.HOLDING : type,
                    ResultTable.text(first, "personLabel"), ResultTable.text(first, "orgLabel"), role,
                    time(first, "start", "startPrecision"), time(first, "end", "endPrecision"), evidence);
        }
    }

    private static TimeValue time(Binding r, String dateVar, String precisionVar) {
        String iso = Dates.iso(r, dateVar, precisionVar);
        return iso.isEmpty() ? null : TimeValue.parse(iso);
    }

    private static LocalDate date(Binding r, String var) {
        String d = ResultTable.text(r, var);
        try {
            return d.isEmpty() ? null : LocalDate.parse(d);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a malformed literal in a hand-edited store: show no date rather than fail
        }
    }

    private static String language(Binding r, String var) {
        Node n = r.get(var);
        return n != null && n.isLiteral() ? n.getLiteralLanguage() : "";
    }
}
