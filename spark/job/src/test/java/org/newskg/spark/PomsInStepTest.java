package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The job compiles newskg's own sources, so it must build them with the libraries newskg.jar is
 * built with: every dependency of ../../pom.xml that the pipeline's stages use is declared here in
 * the same version. (Fuseki, the progress bar and slf4j-simple serve only newskg's command line.)
 */
class PomsInStepTest {

    private static final Path ROOT = Path.of(System.getProperty("newskg.root", "../..")).toAbsolutePath().normalize();
    private static final Set<String> NOT_IN_THE_JOB = Set.of("org.apache.jena:jena-fuseki-main",
            "org.apache.jena:jena-fuseki-ui", "me.tongfei:progressbar", "org.slf4j:slf4j-simple");

    @Test
    void theJobDeclaresNewskgsLibrariesInNewskgsVersions() throws Exception {
        Map<String, String> core = dependencies(ROOT.resolve("pom.xml"));
        Map<String, String> job = dependencies(ROOT.resolve("spark/job/pom.xml"));
        core.keySet().removeAll(NOT_IN_THE_JOB);
        job.keySet().retainAll(core.keySet());
        assertEquals(core, job);
    }

    /** groupId:artifactId to version (properties resolved) of a pom's dependencies. */
    private static Map<String, String> dependencies(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> props = new TreeMap<>();
        NodeList ps = doc.getElementsByTagName("properties");
        for (int i = 0; i < ps.getLength(); i++) {
            NodeList children = ps.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element e) {
                    props.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        NodeList deps = doc.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            String version = text(d, "version");
            for (Map.Entry<String, String> p : props.entrySet()) {
                version = version.replace("${" + p.getKey() + "}", p.getValue());
            }
            out.put(text(d, "groupId") + ":" + text(d, "artifactId"), version);
        }
        out.remove("org.junit.jupiter:junit-jupiter");
        return out;
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }
}
