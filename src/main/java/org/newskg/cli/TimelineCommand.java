package org.newskg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.query.Dates;
import org.newskg.query.KnownNames;
import org.newskg.query.Params;
import org.newskg.query.QueryLibrary;
import org.newskg.query.ResultTable;
import org.newskg.query.Timeline;
import org.newskg.query.TimelineFacts;
import org.newskg.report.TimelinePage;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg timeline --person NAME | --org NAME}: role history, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Role history of a person (queries/person-roles.rq) or of an organization, with its events "
                + "(queries/org-timeline.rq), oldest first. With --html, a self-contained page with a chart instead.")
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    static final class Subject {
        @Option(names = "--person", paramLabel = "NAME", description = "a person, by any of their names")
        String person;

        @Option(names = "--org", paramLabel = "NAME", description = "an organization, by any of its names")
        String org;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    @Mixin
    FormatOption format;

    @Option(names = "--html", paramLabel = "FILE",
            description = "write the timeline as an HTML page with a chart (bars for holdings, markers for events, "
                    + "each linked to its sources) instead of printing a table; - writes it to standard output")
    Path html;

    @Override
    public Integer call() {
        if (html != null) {
            return writePage();
        }
        Tables.Format fmt = format.get();
        List<List<String>> rows = new ArrayList<>();
        JsonArray typed = new JsonArray();
        List<String> header;
        try (KnowledgeStore ks = store.openForReading()) {
            requireKnown(ks);
            QueryLibrary lib = new QueryLibrary();
            if (subject.person != null) {
                header = List.of("organization", "role", "start", "end", "sources");
                ResultTable t = ResultTable.select(ks.dataset(), lib.get("person-roles"),
                        Map.of("personName", Params.string(subject.person)));
                for (Binding r : t.rows()) {
                    rows.add(List.of(ResultTable.text(r, "orgLabel"), ResultTable.text(r, "roleLabel"),
                            Dates.iso(r, "start", "startPrecision"), Dates.iso(r, "end", "endPrecision"),
                            DateCells.sourceIds(ks.iris(), ResultTable.text(r, "sources"))));
                    JsonObject o = new JsonObject();
                    o.put("fact", JsonFacts.text(ResultTable.text(r, "ms")));
                    o.put("organization", JsonFacts.entity(ResultTable.text(r, "orgLabel"), ResultTable.text(r, "org"), null));
                    o.put("role", JsonFacts.entity(ResultTable.text(r, "roleLabel"), ResultTable.text(r, "role"), null));
                    o.put("start", JsonFacts.date(Dates.iso(r, "start", "startPrecision")));
                    o.put("end", JsonFacts.date(Dates.iso(r, "end", "endPrecision")));
                    o.put("sources", JsonFacts.sourcesFromIris(ks.iris(), ResultTable.text(r, "sources")));
                    typed.add(o);
                }
            } else {
                header = List.of("what", "person", "role", "start", "end");
                ResultTable t = ResultTable.select(ks.dataset(), lib.get("org-timeline"),
                        Map.of("orgName", Params.string(subject.org)));
                for (Binding r : t.rows()) {
                    rows.add(List.of(ResultTable.text(r, "kind"), ResultTable.text(r, "personLabel"),
                            ResultTable.text(r, "roleLabel"), Dates.iso(r, "start", "startPrecision"),
                            Dates.iso(r, "end", "endPrecision")));
                    JsonObject o = new JsonObject();
                    o.put("fact", JsonFacts.text(ResultTable.text(r, "fact")));
                    o.put("what", ResultTable.text(r, "kind"));
                    o.put("person", JsonFacts.entity(ResultTable.text(r, "personLabel"), ResultTable.text(r, "person"), null));
                    o.put("role", JsonFacts.entity(ResultTable.text(r, "roleLabel"), ResultTable.text(r, "role"), null));
                    o.put("start", JsonFacts.date(Dates.iso(r, "start", "startPrecision")));
                    o.put("end", JsonFacts.date(Dates.iso(r, "end", "endPrecision")));
                    typed.add(o);
                }
            }
        }
        Tables.print(spec.commandLine().getOut(), fmt, header, rows, typed);
        return 0;
    }

    private void requireKnown(KnowledgeStore ks) {
        if (subject.person != null) {
            Lookups.requireKnown(ks, KnownNames.Kind.PERSON, subject.person);
        } else {
            Lookups.requireKnown(ks, KnownNames.Kind.ORGANIZATION, subject.org);
        }
    }

    private int writePage() {
        boolean person = subject.person != null;
        String name = person ? subject.person : subject.org;
        Timeline.Subject kind = person ? Timeline.Subject.PERSON : Timeline.Subject.ORGANIZATION;
        Timeline timeline;
        try (KnowledgeStore ks = store.openForReading()) {
            requireKnown(ks);
            timeline = new TimelineFacts(new QueryLibrary(), ks.iris()).load(ks.dataset(), kind, name);
        }
        if (timeline.facts().isEmpty()) {
            throw new UserException("no " + kind.word() + " named '" + name + "' has holdings or events in the store; "
                    + "nothing written to " + html, 1);
        }
        String page = TimelinePage.render(timeline);
        if (html.toString().equals("-")) {
            spec.commandLine().getOut().print(page);
            spec.commandLine().getOut().flush();
            return 0;
        }
        OutputFiles.write(html, os -> os.write(page.getBytes(StandardCharsets.UTF_8)));
        if (!store.quiet) {
            spec.commandLine().getOut().println("wrote " + html + " (" + timeline.holdingCount() + " holdings, "
                + timeline.eventCount() + " events, " + timeline.sourceCount() + " sources)");
        }
        return 0;
    }
}
