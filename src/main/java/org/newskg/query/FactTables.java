package org.newskg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.rdf.Iris;

/**
 * The merged holdings and the events of the store as rows, for the {@code holdings} and
 * {@code events} commands and for {@code eval}.
 */
public final class FactTables {

    private final QueryLibrary queries;
    private final Iris iris;

    public FactTables(QueryLibrary queries, Iris iris) {
        this.queries = queries;
        this.iris = iris;
    }

    public List<HoldingRow> holdings(Dataset ds) {
        ResultTable t = ResultTable.select(ds, queries.get("holdings"), Map.of());
        Map<String, RoleLabels> roles = new HashMap<>();
        List<HoldingRow> out = new ArrayList<>();
        for (Binding r : t.rows()) {
            RoleLabels role = roles.computeIfAbsent(ResultTable.text(r, "role"), iri -> roleLabels(ds, iri));
            out.add(new HoldingRow(ResultTable.text(r, "personName"), split(ResultTable.text(r, "personAliases")),
                    ResultTable.text(r, "orgName"), split(ResultTable.text(r, "orgAliases")), role.label(),
                    role.english(), Dates.iso(r, "start", "startPrecision"), Dates.iso(r, "end", "endPrecision"),
                    List.copyOf(sourceIds(ResultTable.text(r, "sources"))),
                    new FactIris(ResultTable.text(r, "ms"), ResultTable.text(r, "person"), ResultTable.text(r, "org"),
                            ResultTable.text(r, "role"))));
        }
        return out;
    }

    public List<EventRow> events(Dataset ds) {
        ResultTable t = ResultTable.select(ds, queries.get("events"), Map.of());
        Map<String, RoleLabels> roles = new HashMap<>();
        List<EventRow> out = new ArrayList<>();
        for (Binding r : t.rows()) {
            String roleIri = ResultTable.text(r, "role");
            RoleLabels role = roleIri.isEmpty() ? new RoleLabels("", Set.of())
                    : roles.computeIfAbsent(roleIri, iri -> roleLabels(ds, iri));
            out.add(new EventRow(ResultTable.text(r, "type"), ResultTable.text(r, "personName"),
                    split(ResultTable.text(r, "personAliases")), ResultTable.text(r, "orgName"),
                    split(ResultTable.text(r, "orgAliases")), role.label(), role.english(),
                    Dates.iso(r, "date", "precision"), Dates.iso(r, "end", "endPrecision"),
                    iris.sourceId(ResultTable.text(r, "source")),
                    new FactIris(ResultTable.text(r, "ev"), ResultTable.text(r, "person"), ResultTable.text(r, "org"),
                            roleIri.isEmpty() ? null : roleIri)));
        }
        return out;
    }

    /** The language of each stored article, by article id ({@code schema:inLanguage} of its source). */
    public Map<String, String> languages(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            Map<String, String> out = new HashMap<>();
            ds.listModelNames().forEachRemaining(g -> {
                if (g.isURIResource() && iris.isSource(g.getURI())) {
                    Statement st = ds.getNamedModel(g.getURI()).getResource(g.getURI())
                            .getProperty(org.newskg.rdf.SCHEMA.inLanguage);
                    if (st != null) {
                        out.put(iris.sourceId(g.getURI()), st.getString());
                    }
                }
            });
            return out;
        });
    }

    private record RoleLabels(String label, Set<String> english) {
    }

    /** The English preferred label and every English label of a role. */
    private static RoleLabels roleLabels(Dataset ds, String iri) {
        return Txn.calculateRead(ds, () -> {
            Model m = ds.getDefaultModel();
            Resource r = m.getResource(iri);
            String pref = null;
            Set<String> en = new LinkedHashSet<>();
            for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
                if (s.getLanguage().startsWith("en")) {
                    pref = s.getString();
                    en.add(s.getString());
                }
            }
            for (Statement s : r.listProperties(SKOS.altLabel).toList()) {
                if (s.getLanguage().startsWith("en")) {
                    en.add(s.getString());
                }
            }
            return new RoleLabels(pref == null ? Iris.key(iri) : pref, en);
        });
    }

    private List<String> sourceIds(String joined) {
        return split(joined).stream().map(iris::sourceId).sorted().toList();
    }

    private static Set<String> split(String joined) {
        if (joined.isEmpty()) {
            return Set.of();
        }
        return new java.util.TreeSet<>(Arrays.asList(joined.split("\\|"))); // sorted: stable output
    }
}
