// Times `who` questions in one process against a store: the same query (queries/holders.rq) and
// bindings as `newskg who`, over a consistent read snapshot each.
//
//   java -cp target/newskg.jar bench/WhoLatency.java --store DIR [--questions 1000] [--seed 7]
//
// The questions are drawn from the store's own merged memberships (organization and role by a
// random one of their labels, in a random letter case, with a date or without), plus one in ten
// about an organization that does not exist. A warm-up round of the same size runs first.
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newskg.query.Params;
import org.newskg.query.QueryLibrary;
import org.newskg.query.ResultTable;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

public class WhoLatency {

    record Question(String org, String role, LocalDate at) {
    }

    public static void main(String[] args) {
        Path store = null;
        int n = 1000;
        long seed = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = Path.of(args[++i]);
                case "--questions" -> n = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (store == null) {
            throw new IllegalArgumentException("--store DIR is required");
        }
        try (KnowledgeStore ks = KnowledgeStore.open(store, Iris.standard())) {
            List<Question> qs = questions(ks, 2 * n, new SplittableRandom(seed));
            Query holders = new QueryLibrary().get("holders");
            long rows = 0;
            for (Question q : qs.subList(0, n)) { // warm-up
                rows += ask(ks, holders, q);
            }
            long[] nanos = new long[n];
            rows = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                rows += ask(ks, holders, qs.get(n + i));
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            Question sample = questions(ks, 50, new SplittableRandom(seed + 1)).stream()
                    .filter(q -> !q.org().toLowerCase(Locale.ROOT).startsWith("no such organization")).findFirst().orElseThrow();
            System.out.println("sample\t" + sample.org() + "\t" + sample.role());
            System.out.printf(Locale.ROOT, "who: %d questions, %d rows; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    n, rows, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[n - 1] / 1e6);
        }
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static int ask(KnowledgeStore ks, Query holders, Question q) {
        Map<String, Node> b = new HashMap<>();
        b.put("orgName", Params.string(q.org()));
        b.put("roleName", Params.string(q.role()));
        if (q.at() != null) {
            b.put("at", Params.date(q.at()));
        }
        return ResultTable.select(ks.dataset(), holders, b).rows().size();
    }

    /** Organization and role labels of real memberships, with dates around them. */
    static List<Question> questions(KnowledgeStore ks, int count, SplittableRandom r) {
        List<String[]> pairs = new ArrayList<>();
        Map<String, List<String>> labels = new HashMap<>();
        Txn.executeRead(ks.dataset(), () -> {
            // Distinct organization and role IRIs of the memberships, then the labels of each once:
            // a join of memberships with both label sets would grow as their product.
            select(ks, """
                    PREFIX org: <http://www.w3.org/ns/org#>
                    SELECT DISTINCT ?o ?r { ?ms a org:Membership ; org:organization ?o ; org:role ?r }""",
                    s -> pairs.add(new String[] {s.getResource("o").getURI(), s.getResource("r").getURI()}));
            select(ks, """
                    PREFIX org: <http://www.w3.org/ns/org#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    SELECT DISTINCT ?x ?l { { ?ms org:organization ?x } UNION { ?ms org:role ?x }
                                            ?x skos:prefLabel|skos:altLabel ?l }""",
                    s -> labels.computeIfAbsent(s.getResource("x").getURI(), k -> new ArrayList<>())
                            .add(s.getLiteral("l").getLexicalForm()));
        });
        if (pairs.isEmpty()) {
            throw new IllegalStateException("the store has no memberships to ask about");
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] p = pairs.get(r.nextInt(pairs.size()));
            List<String> orgLabels = labels.getOrDefault(p[0], List.of("?"));
            List<String> roleLabels = labels.getOrDefault(p[1], List.of("?"));
            String org = r.nextInt(10) == 0 ? "No Such Organization " + i : orgLabels.get(r.nextInt(orgLabels.size()));
            String role = roleLabels.get(r.nextInt(roleLabels.size()));
            if (r.nextBoolean()) {
                org = org.toUpperCase(Locale.ROOT);
            }
            if (r.nextBoolean()) {
                role = role.toLowerCase(Locale.ROOT);
            }
            LocalDate at = r.nextInt(4) == 0 ? null : LocalDate.of(2000, 1, 1).plusDays(r.nextInt(26 * 365));
            out.add(new Question(org, role, at));
        }
        return out;
    }

    static void select(KnowledgeStore ks, String query, java.util.function.Consumer<QuerySolution> row) {
        try (var qe = org.apache.jena.query.QueryExecution.dataset(ks.dataset()).query(query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }
}
