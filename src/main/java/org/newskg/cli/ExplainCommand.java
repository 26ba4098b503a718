package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.newskg.extract.EventType;
import org.newskg.query.Explanation;
import org.newskg.query.FactExplainer;
import org.newskg.query.KnownNames;
import org.newskg.query.QueryLibrary;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newskg explain}: the sources, sentences and date derivations behind holdings and events.
 *
 * <pre>
 *   newskg explain --person "Kim Lund" --org Nordbank --role CEO
 *   newskg explain --person "Kim Lund" --type Appointment
 *   newskg explain --fact https://w3id.org/newskg/id/membership/0123456789abcdef
 * </pre>
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why the graph says so: for the holdings and events of a person (narrowed by --org, --role, "
                + "--type) or for one fact (--fact IRI), print the sources, the evidence sentences with their "
                + "character offsets, and how each date was derived (absolute, relative to the publication date, "
                + "from an inferred publication date, from context, or the publication date itself). "
                + "The query is queries/explain.rq.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--person", paramLabel = "NAME", description = "a person, by any of their names")
    String person;

    @Option(names = "--org", paramLabel = "NAME", description = "only facts at this organization (any of its names)")
    String org;

    @Option(names = "--role", paramLabel = "ROLE", description = "only facts with this role (any label, any language)")
    String role;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "holding, event, or one event type: Appointment, Departure, Dismissal, Reinstatement, "
                    + "Joining, LeaveOfAbsence, Founding (default: holdings and events)")
    String type;

    @Option(names = "--fact", paramLabel = "IRI", description = "one holding or event by IRI (merged, or of one article)")
    String fact;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Tables.Format fmt = format.get();
        if (person == null && fact == null) {
            throw new UserException("name what to explain: --person NAME (with --org, --role, --type to narrow it) "
                    + "or --fact IRI", 2);
        }
        String kind = kind(type);
        String factIri = fact == null ? null : iri(fact);
        List<Explanation> found;
        try (KnowledgeStore ks = store.openForReading()) {
            QueryLibrary lib = new QueryLibrary();
            Lookups.requireKnown(ks, KnownNames.Kind.PERSON, person);
            Lookups.requireKnown(ks, KnownNames.Kind.ORGANIZATION, org);
            Lookups.requireKnown(ks, KnownNames.Kind.ROLE, role);
            found = ks.read(ds -> new FactExplainer(lib, ks.iris())
                    .explain(ds, new FactExplainer.Criteria(person, org, role, kind, factIri)));
        }
        if (found.isEmpty()) {
            throw new UserException("nothing to explain: " + describeQuery(kind, factIri), 1);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (fmt == Tables.Format.TABLE) {
            print(out, found);
        } else {
            Tables.print(out, fmt, HEADER, rows(found));
        }
        return 0;
    }

    private static String kind(String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip().toLowerCase(Locale.ROOT);
        if (t.equals("holding") || t.equals("holdings")) {
            return "holding";
        }
        if (t.equals("event") || t.equals("events")) {
            return "event";
        }
        return EventType.parse(type.strip()).map(EventType::className).orElseThrow(() -> new UserException(
                "unknown --type '" + type + "' (holding, event, Appointment, Departure, Dismissal, Reinstatement, "
                        + "Joining, LeaveOfAbsence, Founding)", 2));
    }

    private static String iri(String text) {
        String s = text.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            IRIs.checkEx(s);
        } catch (IRIException e) {
            throw new UserException("--fact wants an IRI, got '" + text + "'", 2);
        }
        if (!s.contains(":")) {
            throw new UserException("--fact wants an absolute IRI, got '" + text + "'", 2);
        }
        return s;
    }

    private String describeQuery(String kind, String factIri) {
        if (factIri != null) {
            return "no holding or event <" + factIri + "> in the store";
        }
        String what = kind == null ? "holding or event" : kind.equals("event") ? "event" : kind;
        return "no " + what + " of " + person + (role == null ? "" : " as " + role) + (org == null ? "" : " at " + org)
                + " in the store";
    }

    private static void print(PrintWriter out, List<Explanation> found) {
        boolean first = true;
        for (Explanation x : found) {
            if (!first) {
                out.println();
            }
            first = false;
            String title = x.isHolding() ? "Holding" : x.kind();
            out.println(title + ": " + x.person() + " · " + (x.role().isEmpty() ? "(no role)" : x.role()) + " · "
                    + x.organization());
            line(out, "  fact", x.fact());
            String startLabel = x.isHolding() ? "start" : "date";
            String endLabel = x.isHolding() ? "end" : "until";
            line(out, "  " + startLabel, dated(x.start(), x.startOrigin()));
            if (x.isHolding() || !x.end().isEmpty()) {
                line(out, "  " + endLabel, dated(x.end(), x.endOrigin()));
            }
            x.conflicts().forEach(c -> line(out, "  conflict", c));
            for (Explanation.Source s : x.sources()) {
                out.println("  source " + s.id() + (s.title().isEmpty() ? "" : ": \"" + s.title() + "\""));
                List<String> about = new ArrayList<>();
                about.add(s.published().isEmpty()
                        ? "publication date not stated" + (s.anchorInferred() ? " (inferred " + s.anchor() + " from the text)" : "")
                        : "published " + s.published());
                if (!s.lang().isEmpty()) {
                    about.add(s.lang());
                }
                if (!s.url().isEmpty()) {
                    about.add(s.url());
                }
                line(out, "", String.join(" · ", about));
                for (Explanation.Sentence sentence : s.sentences()) {
                    line(out, "    sentence", "[" + sentence.begin() + "," + sentence.end() + ") " + sentence.text());
                }
                if (s.start().known()) {
                    line(out, "    " + startLabel, s.start().iso() + "  " + s.start().describe(s));
                }
                if (s.end().known()) {
                    line(out, "    " + endLabel, s.end().iso() + "  " + s.end().describe(s));
                }
            }
        }
        out.flush();
    }

    private static String dated(String iso, String origin) {
        if (iso.isEmpty()) {
            return "—";
        }
        return origin.isEmpty() ? iso : iso + "  (" + origin + ")";
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(String.format("%-14s%s", label, value).stripTrailing());
    }

    static final List<String> HEADER = List.of("fact", "kind", "person", "organization", "role", "start", "start_origin",
            "end", "end_origin", "conflicts", "source", "title", "published", "anchor", "anchor_inferred", "url",
            "char_start", "char_end", "sentence", "source_start", "start_derivation", "source_end", "end_derivation");

    private static List<List<String>> rows(List<Explanation> found) {
        List<List<String>> rows = new ArrayList<>();
        for (Explanation x : found) {
            for (Explanation.Source s : x.sources()) {
                for (Explanation.Sentence sentence : s.sentences()) {
                    rows.add(List.of(x.fact(), x.kind(), x.person(), x.organization(), x.role(), x.start(),
                            x.startOrigin(), x.end(), x.endOrigin(), String.join("; ", x.conflicts()), s.id(), s.title(),
                            s.published(), s.anchor(), s.anchor().isEmpty() ? "" : String.valueOf(s.anchorInferred()),
                            s.url(), String.valueOf(sentence.begin()), String.valueOf(sentence.end()), sentence.text(),
                            s.start().iso(), s.start().derivation(), s.end().iso(), s.end().derivation()));
                }
            }
        }
        return rows;
    }
}
