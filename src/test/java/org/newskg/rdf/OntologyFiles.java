package org.newskg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Reads the Turtle files of {@code ontology/} (and test fixtures) from the classpath. */
final class OntologyFiles {

    private OntologyFiles() {
    }

    static Model read(String resource) {
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toModel();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
