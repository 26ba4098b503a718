package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        try (KnowledgeStore ks = store.openForReading()) {
            holdings = new FactTables(new QueryLibrary(), ks.iris()).holdings(ks.dataset());
        }
        List<List<String>> rows = new ArrayList<>();
        for (HoldingRow h : holdings) {
            rows.add(List.of(h.person(), String.join("|", new java.util.TreeSet<>(h.personAliases())), h.organization(),
                    String.join("|", new java.util.TreeSet<>(h.organizationAliases())), h.role(), h.start(), h.end(), String.join("|", h.sources())));
        }
        Tables.print(spec.commandLine().getOut(), fmt, List.of("person", "person_aliases", "organization",
                "organization_aliases", "role", "start", "end", "sources"), rows);
        return 0;
    }
}
