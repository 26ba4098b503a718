package org.newskg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.rdf.Iris;

/**
 * Explains holdings and events ({@code queries/explain.rq}): for each merged fact, the sources,
 * evidence sentences and date derivations behind it, and where its merged dates come from (a
 * source that states them, or an event that opens or closes the holding).
 *
 * <pre>
 *   List&lt;Explanation&gt; xs = new FactExplainer(new QueryLibrary(), iris)
 *           .explain(dataset, new FactExplainer.Criteria("Kim Lund", "Nordbank", null, "holding", null));
 * </pre>
 */
public final class FactExplainer {

    /**
     * What to explain; null fields do not restrict.
     *
     * @param kind "holding", "event" or an event type ("Appointment")
     * @param fact the IRI of one fact (merged, or of one article)
     */
    public record Criteria(String person, String organization, String role, String kind, String fact) {
    }

    private final QueryLibrary queries;
    private final Iris iris;

    public FactExplainer(QueryLibrary queries, Iris iris) {
        this.queries = queries;
        this.iris = iris;
    }

    public List<Explanation> explain(Dataset ds, Criteria c) {
        Map<String, Node> params = new LinkedHashMap<>();
        put(params, "personName", c.person());
        put(params, "orgName", c.organization());
        put(params, "roleName", c.role());
        put(params, "kindName", c.kind());
        if (c.fact() != null) {
            params.put("factIri", NodeFactory.createURI(c.fact()));
        }
        List<Explanation> out = new ArrayList<>();
        Map<String, List<Explanation>> eventsOf = new LinkedHashMap<>();
        for (Group g : groups(ResultTable.select(ds, queries.get("explain"), params))) {
            Explanation x = g.explanation();
            if (x.isHolding() && (x.startOrigin().isEmpty() && !x.start().isEmpty()
                    || x.endOrigin().isEmpty() && !x.end().isEmpty())) {
                // The merged view takes dates from events too: a joining opens a holding, a departure closes it.
                List<Explanation> events = eventsOf.computeIfAbsent(g.person + "|" + g.org, k -> events(ds, g));
                x = new Explanation(x.fact(), x.kind(), x.person(), x.organization(), x.role(),
                        x.start(), x.startOrigin().isEmpty() ? eventOrigin(events, x.start(), true) : x.startOrigin(),
                        x.end(), x.endOrigin().isEmpty() ? eventOrigin(events, x.end(), false) : x.endOrigin(),
                        x.conflicts(), x.sources());
            }
            out.add(x);
        }
        return out;
    }

    private List<Explanation> events(Dataset ds, Group g) {
        Map<String, Node> params = Map.of("person", NodeFactory.createURI(g.person), "org", NodeFactory.createURI(g.org),
                "kindName", Params.string("event"));
        return groups(ResultTable.select(ds, queries.get("explain"), params)).stream().map(Group::explanation).toList();
    }

    private static String eventOrigin(List<Explanation> events, String date, boolean start) {
        if (date.isEmpty()) {
            return "";
        }
        for (Explanation e : events) {
            // As the merged view assembles them: joining or founding opens, departure or dismissal closes.
            boolean opens = e.kind().equals("Joining") || e.kind().equals("Founding");
            boolean closes = e.kind().equals("Departure") || e.kind().equals("Dismissal");
            if ((start ? opens : closes) && e.start().equals(date)) {
                return "from the " + e.kind() + " in " + String.join(", ", ids(e));
            }
        }
        return "";
    }

    private static List<String> ids(Explanation e) {
        return e.sources().stream().map(Explanation.Source::id).distinct().toList();
    }

    private static void put(Map<String, Node> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, Params.string(value.strip()));
        }
    }

    /** The rows of one merged fact. */
    private final class Group {
        final String fact;
        final String person;
        final String org;
        final List<Binding> rows = new ArrayList<>();

        Group(Binding first) {
            fact = ResultTable.text(first, "fact");
            person = ResultTable.text(first, "person");
            org = ResultTable.text(first, "org");
        }

        Explanation explanation() {
            Binding r0 = rows.get(0);
            Map<String, List<Binding>> byPart = new LinkedHashMap<>();
            for (Binding r : rows) {
                byPart.computeIfAbsent(ResultTable.text(r, "part"), k -> new ArrayList<>()).add(r);
            }
            List<Explanation.Source> sources = new ArrayList<>();
            for (Map.Entry<String, List<Binding>> e : byPart.entrySet()) {
                Binding r = e.getValue().get(0);
                String src = ResultTable.text(r, "source");
                List<Explanation.Sentence> sentences = new ArrayList<>();
                for (Binding s : e.getValue()) {
                    Explanation.Sentence sentence = new Explanation.Sentence(Integer.parseInt(ResultTable.text(s, "charStart")),
                            Integer.parseInt(ResultTable.text(s, "charEnd")), ResultTable.text(s, "sentence"));
                    if (!sentences.contains(sentence)) {
                        sentences.add(sentence);
                    }
                }
                sources.add(new Explanation.Source(src, iris.isSource(src) ? iris.sourceId(src) : src,
                        ResultTable.text(r, "title"), ResultTable.text(r, "published"), ResultTable.text(r, "url"),
                        ResultTable.text(r, "lang"), ResultTable.text(r, "anchor"),
                        "true".equals(ResultTable.text(r, "anchorInferred")), e.getKey(),
                        new Explanation.Dated(Dates.iso(r, "partStart", "partStartPrecision"), ResultTable.text(r, "partStartHow")),
                        new Explanation.Dated(Dates.iso(r, "partEnd", "partEndPrecision"), ResultTable.text(r, "partEndHow")),
                        sentences));
            }
            String start = Dates.iso(r0, "start", "startPrecision");
            String end = Dates.iso(r0, "end", "endPrecision");
            String conflicts = ResultTable.text(r0, "conflicts");
            return new Explanation(fact, ResultTable.text(r0, "kind"), ResultTable.text(r0, "personLabel"),
                    ResultTable.text(r0, "orgLabel"), ResultTable.text(r0, "roleLabel"), start,
                    statedBy(sources, start, true), end, statedBy(sources, end, false),
                    conflicts.isEmpty() ? List.of() : List.of(conflicts.split("; ")), sources);
        }
    }

    private static String statedBy(List<Explanation.Source> sources, String date, boolean start) {
        if (date.isEmpty()) {
            return "";
        }
        TreeSet<String> ids = new TreeSet<>();
        for (Explanation.Source s : sources) {
            if ((start ? s.start() : s.end()).iso().equals(date)) {
                ids.add(s.id());
            }
        }
        return ids.isEmpty() ? "" : "stated by " + String.join(", ", ids);
    }

    private List<Group> groups(ResultTable t) {
        Map<String, Group> out = new LinkedHashMap<>();
        for (Binding r : t.rows()) {
            out.computeIfAbsent(ResultTable.text(r, "fact"), k -> new Group(r)).rows.add(r);
        }
        return List.copyOf(out.values());
    }
}
