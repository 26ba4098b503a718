package org.newskg.server;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;

/**
 * Fuseki's web UI, from the {@code jena-fuseki-ui} jar on the class path, and the read-only
 * server calls it makes: {@code /$/ping}, {@code /$/server} (the datasets and their endpoints) and
 * {@code /$/stats}. Nothing that adds, deletes, backs up or compacts datasets is enabled: the UI
 * shows those pages, and the server answers them with 404.
 */
final class FusekiUi {

    /** Where the UI's files sit inside the jena-fuseki-ui jar (and so inside newskg's jar). */
    private static final String ROOT = "webapp/";

    private FusekiUi() {
    }

    /** Adds the UI's static files at {@code /} and the read-only admin calls it needs. */
    static FusekiServer.Builder addTo(FusekiServer.Builder builder) {
        return builder.staticFileBase(location())
                .addServlet("/$/server", new ActionServerStatus())
                .enablePing(true)
                .enableStats(true);
    }

    /**
     * The UI's folder as Fuseki takes it: a {@code jar:…!/webapp/} URI when the files are in a jar,
     * a folder path when they are on the class path unpacked.
     *
     * @throws ServerStartException when the UI is not on the class path
     */
    static String location() {
        URL index = FusekiUi.class.getClassLoader().getResource(ROOT + "index.html");
        if (index == null) {
            throw new ServerStartException("the Fuseki UI (org.apache.jena:jena-fuseki-ui) is not on the class path; "
                    + "rebuild newskg, or serve without --ui", null);
        }
        String s = index.toString();
        String base = s.substring(0, s.length() - "index.html".length());
        if (base.startsWith("jar:")) {
            return base;
        }
        try {
            return Path.of(URI.create(base)).toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new ServerStartException("cannot read the Fuseki UI from " + base + ": " + e.getMessage(), e);
        }
    }
}
