package org.newskg.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.query.Dates;
import org.newskg.query.KnownNames;
import org.newskg.query.Params;
import org.newskg.query.QueryLibrary;
import org.newskg.query.ResultTable;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg who --org ORG --role ROLE [--at DATE]}: who held the role then (queries/holders.rq). */
@Command(name = "who", mixinStandardHelpOptions = true,
        description = "Who held a role at an organization on a date (queries/holders.rq). Names and role titles "
                + "match any label in any language, ignoring case: --role CEO, --role VD, --role 首席执行官.")
final class WhoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--org", required = true, paramLabel = "ORG", description = "organization name")
    String org;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "role title")
    String role;

    @Option(names = "--at", paramLabel = "DATE", description = "ISO date (default: every holder, any time)")
    String at;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Tables.Format fmt = format.get();
        Map<String, Node> b = new HashMap<>();
        b.put("orgName", Params.string(org));
        b.put("roleName", Params.string(role));
        if (at != null) {
            try {
                b.put("at", Params.date(LocalDate.parse(at.strip())));
            } catch (DateTimeParseException e) {
                throw new UserException("--at wants an ISO date like 2024-07-01, got '" + at + "'", 2);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        JsonArray typed = new JsonArray();
        try (KnowledgeStore ks = store.openForReading()) {
            Lookups.requireKnown(ks, KnownNames.Kind.ORGANIZATION, org);
            Lookups.requireKnown(ks, KnownNames.Kind.ROLE, role);
            ResultTable t = ResultTable.select(ks.dataset(), new QueryLibrary().get("holders"), b);
            for (Binding r : t.rows()) {
                rows.add(List.of(ResultTable.text(r, "personName"), Dates.iso(r, "start", "startPrecision"),
                        Dates.iso(r, "end", "endPrecision"), DateCells.sourceIds(ks.iris(), ResultTable.text(r, "sources"))));
                JsonObject o = new JsonObject();
                o.put("person", JsonFacts.entity(ResultTable.text(r, "personName"), ResultTable.text(r, "person"), null));
                o.put("start", JsonFacts.date(Dates.iso(r, "start", "startPrecision")));
                o.put("end", JsonFacts.date(Dates.iso(r, "end", "endPrecision")));
                o.put("sources", JsonFacts.sourcesFromIris(ks.iris(), ResultTable.text(r, "sources")));
                typed.add(o);
            }
        }
        Tables.print(spec.commandLine().getOut(), fmt, List.of("person", "start", "end", "sources"), rows, typed);
        return 0;
    }
}
