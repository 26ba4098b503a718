package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.query.FactTables;
import org.newskg.query.HoldingRow;
import org.newskg.query.QueryLibrary;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg holdings}: every merged holding. */
@Command(name = "holdings", mixinStandardHelpOptions = true,
        description = "Every merged holding: person, organization, role, start, end, sources (queries/holdings.rq).")
final class HoldingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Tables.Format fmt = format.get();
        List<HoldingRow> holdings;
        org.newskg.rdf.Iris iris;
        try (KnowledgeStore ks = store.openForReading()) {
            iris = ks.iris();
            holdings = new FactTables(new QueryLibrary(), iris).holdings(ks.dataset());
        }
        List<List<String>> rows = new ArrayList<>();
        JsonArray typed = new JsonArray();
        for (HoldingRow h : holdings) {
            JsonObject o = new JsonObject();
            o.put("fact", JsonFacts.text(h.iris().fact()));
            o.put("person", JsonFacts.entity(h.person(), h.iris().person(), h.personAliases()));
            o.put("organization", JsonFacts.entity(h.organization(), h.iris().organization(), h.organizationAliases()));
            o.put("role", JsonFacts.entity(h.role(), h.iris().role(), null));
            o.put("start", JsonFacts.date(h.start()));
            o.put("end", JsonFacts.date(h.end()));
            o.put("sources", JsonFacts.sources(iris, h.sources()));
            typed.add(o);
            rows.add(List.of(h.person(), String.join("|", new java.util.TreeSet<>(h.personAliases())), h.organization(),
                    String.join("|", new java.util.TreeSet<>(h.organizationAliases())), h.role(), h.start(), h.end(), String.join("|", h.sources())));
        }
        Tables.print(spec.commandLine().getOut(), fmt, List.of("person", "person_aliases", "organization",
                "organization_aliases", "role", "start", "end", "sources"), rows, typed);
        return 0;
    }
}
