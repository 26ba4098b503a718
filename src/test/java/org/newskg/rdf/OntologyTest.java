package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.extract.EventType;

class OntologyTest {

    private static final Model ONTOLOGY = OntologyFiles.read("ontology/newskg.ttl");

    @ParameterizedTest
    @ValueSource(strings = {"ontology/newskg.ttl", "ontology/roles.ttl", "ontology/shapes.ttl"})
    void everyOntologyFileParsesAsTurtle(String resource) {
        Model model = OntologyFiles.read(resource);
        assertFalse(model.isEmpty(), resource + " is empty");
    }

    static Stream<Resource> nkgTerms() {
        return Arrays.stream(NKG.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .map(OntologyTest::value)
                .filter(r -> r.getURI().startsWith(NKG.NS));
    }

    @ParameterizedTest
    @MethodSource("nkgTerms")
    void everyTermOfTheNkgConstantsIsDeclaredWithLabelAndComment(Resource term) {
        assertTrue(ONTOLOGY.contains(term, RDF.type), term + " has no rdf:type in newskg.ttl");
        assertTrue(ONTOLOGY.contains(term, RDFS.label), term + " has no rdfs:label");
        assertTrue(ONTOLOGY.contains(term, RDFS.comment), term + " has no rdfs:comment");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsASubclassOfEvent(EventType type) {
        Resource cls = NKG.eventClass(type.className());
        assertTrue(ONTOLOGY.contains(cls, RDF.type, OWL2.Class), cls + " is not an owl:Class");
        assertTrue(ONTOLOGY.contains(cls, RDFS.subClassOf, NKG.Event), cls + " is not below nkg:Event");
    }

    @Test
    void precisionRangesOverTemporalUnitsAndCharOffsetsAreIntegers() {
        assertEquals("http://www.w3.org/2006/time#TemporalUnit",
                ONTOLOGY.getRequiredProperty(NKG.precision, RDFS.range).getResource().getURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer",
                ONTOLOGY.getRequiredProperty(NKG.charStart, RDFS.range).getResource().getURI());
    }

    private static Resource value(Field f) {
        try {
            return (Resource) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
