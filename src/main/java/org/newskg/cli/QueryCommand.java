package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.newskg.query.Params;
import org.newskg.query.RemoteAccess;
import org.newskg.store.KnowledgeStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg query FILE.rq | --sparql TEXT}: run SPARQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over the store (the default graph is the merged view; GRAPH ?g reaches "
                + "each article's own graph). Values given with --param are bound into the parsed query as RDF "
                + "terms, never spliced into its text. SERVICE is refused unless --allow-service names its host.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "a SPARQL query file, e.g. queries/holders.rq")
        Path file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "the query text")
        String sparql;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "bind ?NAME: <iri>, an ISO date (xsd:date), an integer, or a string")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT/DESCRIBE print Turtle")
    String format;

    @Mixin
    ServiceHostsOption serviceHosts;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "stop the query after this long (default: no limit, but a SERVICE call is cut after 30 s)")
    Long timeoutSeconds;

    @Override
    public Integer call() {
        Tables.Format fmt = QueryCommand.format(format);
        if (timeoutSeconds != null && timeoutSeconds <= 0) {
            throw new UserException("--timeout must be positive", 2);
        }
        String text;
        if (source.file != null) {
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException("cannot read " + source.file + ": " + e.getMessage(), 2);
            }
        } else {
            text = source.sparql;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new UserException((source.file != null ? source.file + ": " : "") + "SPARQL syntax error: "
                    + e.getMessage(), 2);
        }
        Map<String, Node> bindings = new HashMap<>();
        java.util.SortedSet<String> vars = Params.variablesOf(query);
        for (String p : params) {
            Params.Param param;
            try {
                param = Params.parse(p);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), 2);
            }
            if (!vars.contains(param.name())) {
                // A misspelt name would bind nothing and answer as if it were not given.
                throw new UserException("--param " + param.name() + ": the query has no variable ?" + param.name()
                        + (vars.isEmpty() ? "" : " (its variables: " + String.join(", ", vars) + ")"), 2);
            }
            bindings.put(param.name(), param.value());
        }
        PrintWriter out = spec.commandLine().getOut();
        java.util.Optional<org.newskg.server.ServedStore> served = store.served();
        if (served.isPresent()) {
            // The server holds the store: ask its SPARQL endpoint, with the same bindings (and its SERVICE rules).
            var b = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(served.get().sparqlUrl()).query(query);
            if (timeoutSeconds != null) {
                b.timeout(timeoutSeconds, TimeUnit.SECONDS);
            }
            Model terms = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            bindings.forEach((k, v) -> b.substitution(k, terms.asRDFNode(v)));
            try (QueryExecution qe = b.build()) {
                run(query, qe, fmt, out);
            } catch (org.apache.jena.atlas.web.HttpException e) {
                throw new UserException("the server at " + served.get().url() + " answered: " + e.getMessage(), 1, e);
            }
            out.flush();
            return 0;
        }
        RemoteAccess remote;
        try {
            remote = RemoteAccess.allow(serviceHosts.hosts(), Set.of(),
                    Duration.ofSeconds(timeoutSeconds == null ? 30 : timeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new UserException("--allow-service: " + e.getMessage(), 2);
        }
        try (remote; KnowledgeStore ks = store.open(false)) {
            Context cxt = new Context();
            remote.applyTo(cxt);
            Txn.executeRead(ks.dataset(), () -> {
                var b = QueryExecution.dataset(ks.dataset()).query(query).context(cxt);
                if (timeoutSeconds != null) {
                    b.timeout(timeoutSeconds, TimeUnit.SECONDS);
                }
                bindings.forEach((k, v) -> b.substitution(k, ks.dataset().getDefaultModel().asRDFNode(v)));
                try (QueryExecution qe = b.build()) {
                    run(query, qe, fmt, out);
                }
            });
        } catch (QueryDeniedException e) {
            throw new UserException(e.getMessage(), 1, e);
        } catch (QueryCancelledException e) {
            throw new UserException("the query took longer than its timeout and was stopped", 1, e);
        } catch (QueryExecException e) {
            throw new UserException("the query failed: " + e.getMessage(), 1, e);
        }
        out.flush();
        return 0;
    }

    private static void run(Query query, QueryExecution qe, Tables.Format fmt, PrintWriter out) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            var rs = qe.execSelect();
            switch (fmt) {
                case TABLE -> ResultSetFormatter.out(buf, rs, query.getPrologue());
                case CSV -> ResultSetFormatter.outputAsCSV(buf, rs);
                case TSV -> ResultSetFormatter.outputAsTSV(buf, rs);
                case JSON -> ResultSetFormatter.outputAsJSON(buf, rs);
            }
        } else if (query.isAskType()) {
            boolean yes = qe.execAsk();
            switch (fmt) {
                case JSON -> ResultSetFormatter.outputAsJSON(buf, yes);
                case CSV -> ResultSetFormatter.outputAsCSV(buf, yes);
                case TSV -> ResultSetFormatter.outputAsTSV(buf, yes);
                case TABLE -> buf.writeBytes((yes ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(buf, m, Lang.TURTLE);
        }
        out.print(buf.toString(StandardCharsets.UTF_8));
    }

    static Tables.Format format(String name) {
        try {
            return Tables.Format.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("unknown --format '" + name + "' (table, csv, tsv or json)", 2);
        }
    }
}
