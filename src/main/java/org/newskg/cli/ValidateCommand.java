package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.pipeline.Components;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.ShapeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg validate}: SHACL validation of the store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the merged view and every article graph against ontology/shapes.ttl (SHACL). "
                + "Exit code 1 when something does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ShapeCheck.Result result;
        try (KnowledgeStore ks = store.openForReading()) {
            result = new ShapeCheck(Components.ontologyModel("shapes.ttl"), Components.ontologyModel("roles.ttl"))
                    .check(ks);
        }
        result.violations().forEach(out::println);
        out.println(result.conforms() ? "conforms: " + result.graphs() + " graphs checked"
                : result.violations().size() + " violations in " + result.graphs() + " graphs checked");
        out.flush();
        return result.conforms() ? 0 : 1;
    }
}
