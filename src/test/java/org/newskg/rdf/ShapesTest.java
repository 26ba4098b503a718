package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShapesTest {

    private static final Shapes SHAPES = Shapes.parse(OntologyFiles.read("ontology/shapes.ttl").getGraph());
    private static final Model ROLES = OntologyFiles.read("ontology/roles.ttl");
    private static final String ID = NKG.ID_BASE;

    @Test
    void theHandWrittenArticleGraphConformsTogetherWithTheRoleVocabulary() {
        ValidationReport report = validate(valid());
        assertTrue(report.conforms(), () -> "expected conformance:\n" + text(report));
    }

    @Test
    void theRoleVocabularyConformsOnItsOwn() {
        ValidationReport report = ShaclValidator.get().validate(SHAPES, ROLES.getGraph());
        assertTrue(report.conforms(), () -> text(report));
    }

    @Test
    void aVocabularyRoleIsNotAValidRoleWithoutTheVocabulary() {
        // sh:class needs the rdf:type in the validated graph, which is why roles.ttl is validated alongside.
        ValidationReport report = ShaclValidator.get().validate(SHAPES, valid().getGraph());
        assertFalse(report.conforms());
    }

    static Stream<Arguments> brokenGraphs() {
        return Stream.of(
                broken("a membership without org:member",
                        m -> m.removeAll(r(m, "membership/m1"), ORG.member, null)),
                broken("a membership with two roles",
                        m -> m.add(r(m, "membership/m1"), ORG.role, r(m, "role/chief-executive-officer"))),
                broken("a membership whose role is no nkg:Role",
                        m -> replace(m, r(m, "membership/m2"), ORG.role, r(m, "role/undeclared-role"))),
                broken("a membership without evidence",
                        m -> m.removeAll(r(m, "membership/m2"), NKG.evidence, null)),
                broken("a membership without a source",
                        m -> m.removeAll(r(m, "membership/m2"), PROV.wasDerivedFrom, null)),
                broken("an interval with neither beginning nor end",
                        m -> m.removeAll(r(m, "membership/m1/during"), TIME.hasBeginning, null)),
                broken("an instant with a week precision",
                        m -> replace(m, r(m, "membership/m1/start"), NKG.precision, TIME.unit("unitWeek"))),
                broken("an instant without a precision",
                        m -> m.removeAll(r(m, "event/e2/end"), NKG.precision, null)),
                broken("an instant whose date is a plain string",
                        m -> {
                            m.removeAll(r(m, "membership/m1/start"), TIME.inXSDDate, null);
                            m.add(r(m, "membership/m1/start"), TIME.inXSDDate, "2023-03-01");
                        }),
                broken("a month-precise instant stated as a day",
                        m -> {
                            m.removeAll(r(m, "membership/m2/end"), TIME.inXSDgYearMonth, null);
                            m.add(r(m, "membership/m2/end"), TIME.inXSDDate, m.createTypedLiteral("2023-02-01", XSDDatatype.XSDdate));
                        }),
                broken("a year-precise instant with a month as well",
                        m -> m.add(r(m, "membership/m2/start"), TIME.inXSDgYearMonth,
                                m.createTypedLiteral("2019-01", XSDDatatype.XSDgYearMonth))),
                broken("an instant without its earliest date",
                        m -> m.removeAll(r(m, "event/e2/date"), NKG.earliestDate, null)),
                broken("an instant whose latest date precedes its date",
                        m -> {
                            m.removeAll(r(m, "membership/m2/end"), NKG.latestDate, null);
                            m.add(r(m, "membership/m2/end"), NKG.latestDate,
                                    m.createTypedLiteral("2023-01-15", XSDDatatype.XSDdate));
                        }),
                broken("an instant with an unknown derivation",
                        m -> replace(m, r(m, "membership/m2/start"), NKG.derivation, m.createLiteral("guessed"))),
                broken("an event with two agents",
                        m -> {
                            Resource other = r(m, "person/jon-berg");
                            m.add(other, RDF.type, NKG.Person).add(other, SKOS.prefLabel, "Jon Berg");
                            m.add(r(m, "event/e1"), NKG.agent, other);
                        }),
                broken("a leave of absence without evidence",
                        m -> m.removeAll(r(m, "event/e2"), NKG.evidence, null)),
                broken("an event without an organization",
                        m -> m.removeAll(r(m, "event/e1"), NKG.organization, null)),
                broken("an evidence span with a negative start",
                        m -> replace(m, evidence(m), NKG.charStart, m.createTypedLiteral(-1))),
                broken("an evidence span that ends before it starts",
                        m -> replace(m, evidence(m), NKG.charEnd, m.createTypedLiteral(0))),
                broken("an evidence span without text",
                        m -> m.removeAll(evidence(m), NKG.text, null)),
                broken("a person with two preferred labels",
                        m -> m.add(r(m, "person/maria-lindqvist"), SKOS.prefLabel, "M. Lindqvist")),
                broken("an organization linked to a non-Wikidata IRI",
                        m -> replace(m, r(m, "org/harbourline"), OWL2.sameAs,
                                m.createResource("http://example.org/harbourline"))),
                broken("a composed role without an English label",
                        m -> replace(m, r(m, "role/vice-president-of-treasury"), SKOS.prefLabel,
                                m.createLiteral("Vizepräsident für Treasury", "de"))),
                broken("a source without a content hash",
                        m -> m.removeAll(r(m, "source/0a1b2c"), NKG.contentHash, null)),
                broken("a source without its nkg:Source type",
                        m -> m.remove(r(m, "source/0a1b2c"), RDF.type, NKG.Source)));
    }

    @ParameterizedTest(name = "{0} does not conform")
    @MethodSource("brokenGraphs")
    void aGraphBrokenInOneWayDoesNotConform(String what, Consumer<Model> breakIt) {
        Model data = valid();
        breakIt.accept(data);
        ValidationReport report = validate(data);
        assertFalse(report.conforms(), () -> what + " passed validation");
    }

    private static Arguments broken(String what, Consumer<Model> breakIt) {
        return Arguments.of(what, breakIt);
    }

    private static Model valid() {
        return OntologyFiles.read("shapes/valid.ttl");
    }

    private static ValidationReport validate(Model data) {
        Model all = ModelFactory.createDefaultModel().add(data).add(ROLES);
        return ShaclValidator.get().validate(SHAPES, all.getGraph());
    }

    private static Resource r(Model m, String path) {
        return m.createResource(ID + path);
    }

    private static Resource evidence(Model m) {
        return m.createResource(ID + "source/0a1b2c#char=53,110");
    }

    private static void replace(Model m, Resource s, Property p, RDFNode o) {
        m.removeAll(s, p, null);
        m.add(s, p, o);
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
