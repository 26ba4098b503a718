package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.query.EventRow;
import org.newskg.query.FactTables;
import org.newskg.query.QueryLibrary;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg events}: every event, one row per source. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Every event, one row per event and source article, with the date that source gives "
                + "(queries/events.rq).")
final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Tables.Format fmt = format.get();
        List<EventRow> events;
        org.newskg.rdf.Iris iris;
        try (KnowledgeStore ks = store.openForReading()) {
            iris = ks.iris();
            events = new FactTables(new QueryLibrary(), iris).events(ks.dataset());
        }
        List<List<String>> rows = new ArrayList<>();
        JsonArray typed = new JsonArray();
        for (EventRow e : events) {
            JsonObject o = new JsonObject();
            o.put("fact", JsonFacts.text(e.iris().fact()));
            o.put("event_type", e.eventType());
            o.put("person", JsonFacts.entity(e.person(), e.iris().person(), e.personAliases()));
            o.put("organization", JsonFacts.entity(e.organization(), e.iris().organization(), e.organizationAliases()));
            o.put("role", JsonFacts.entity(e.role(), e.iris().role(), null));
            o.put("date", JsonFacts.date(e.date()));
            o.put("end", JsonFacts.date(e.end()));
            o.put("source", JsonFacts.source(iris, e.source()));
            typed.add(o);
            rows.add(List.of(e.eventType(), e.person(), String.join("|", new java.util.TreeSet<>(e.personAliases())), e.organization(),
                    String.join("|", new java.util.TreeSet<>(e.organizationAliases())), e.role(), e.date(), e.source()));
        }
        Tables.print(spec.commandLine().getOut(), fmt, List.of("event_type", "person", "person_aliases",
                "organization", "organization_aliases", "role", "date", "source"), rows, typed);
        return 0;
    }
}
