package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.Entity;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Extraction;
import org.newskg.extract.Holding;
import org.newskg.extract.Label;
import org.newskg.extract.Role;
import org.newskg.read.Article;

/**
 * Maps what one article says to RDF: its source, entities, memberships (W3C ORG) with OWL-Time
 * intervals, events, and the evidence sentence of each fact. The graph goes into the article's own
 * named graph, whose name is the source IRI.
 */
public final class ArticleMapper {

    /** Changes whenever extraction changes, so that re-ingesting after an upgrade re-extracts. */
    public static final String EXTRACTOR_VERSION = "newskg-extract-3";

    /** Changes whenever the mapping to RDF changes (types, date terms), so stores re-map on re-ingest. */
    public static final String MAPPING_VERSION = "newskg-rdf-2";

    private final Iris iris;

    public ArticleMapper(Iris iris) {
        this.iris = iris;
    }

    /** The article's graph name and content, and the hash that tells whether it changed. */
    public record ArticleGraph(String sourceIri, String contentHash, Model model) {
    }

    /** A hash of everything the article's graph depends on. */
    public static String contentHash(Article a) {
        return Iris.sha256(String.join("\u0001", EXTRACTOR_VERSION, MAPPING_VERSION, a.id(), a.text(), String.valueOf(a.lang()),
                String.valueOf(a.published()), String.valueOf(a.title()), String.valueOf(a.author()),
                String.valueOf(a.source()), String.valueOf(a.url())));
    }

    /** The IRI of the article's source, which names its graph. */
    public String sourceIri(Article a) {
        return iris.source(a.id());
    }

    public ArticleGraph map(Extraction x) {
        Article a = x.article();
        Model m = ModelFactory.createDefaultModel();
        Prefixes.set(m);
        String sourceIri = iris.source(a.id());
        String hash = contentHash(a);
        Resource src = m.createResource(sourceIri)
                .addProperty(RDF.type, NKG.Source)
                .addProperty(RDF.type, SCHEMA.NewsArticle)
                .addProperty(SCHEMA.inLanguage, x.lang())
                .addProperty(NKG.contentHash, hash);
        if (a.title() != null) {
            src.addProperty(SCHEMA.headline, a.title(), x.lang());
        }
        if (a.author() != null) {
            src.addProperty(SCHEMA.author, a.author());
        }
        if (a.source() != null) {
            src.addProperty(SCHEMA.publisher, a.source());
        }
        if (a.published() != null) {
            src.addProperty(SCHEMA.datePublished, TimeNodes.date(m, a.published()));
        }
        if (a.url() != null) {
            src.addProperty(SCHEMA.url, m.createResource(a.url()));
        }
        if (x.anchor() != null) {
            src.addProperty(NKG.anchorDate, TimeNodes.date(m, x.anchor()));
            src.addLiteral(NKG.anchorInferred, x.anchorInferred());
        }
        for (Entity e : x.entities()) {
            entity(m, e);
        }
        for (Holding h : x.holdings()) {
            Resource ms = m.createResource(iris.membership(a.id(), h.personKey(), h.orgKey(), h.role().key()))
                    .addProperty(RDF.type, ORG.Membership)
                    .addProperty(ORG.member, m.createResource(iris.person(h.personKey())))
                    .addProperty(ORG.organization, m.createResource(iris.org(h.orgKey())))
                    .addProperty(ORG.role, role(m, h.role()))
                    .addProperty(PROV.wasDerivedFrom, src)
                    .addProperty(NKG.evidence, evidence(m, sourceIri, h.evidence(), x.lang()));
            TimeNodes.interval(m, ms, h.start(), h.end(), h.startHow(), h.endHow());
        }
        for (Event e : x.events()) {
            Resource ev = m.createResource(iris.event(a.id(), e.type().className(), e.personKey(), e.orgKey()))
                    .addProperty(RDF.type, NKG.eventClass(e.type().className()))
                    .addProperty(NKG.agent, m.createResource(iris.person(e.personKey())))
                    .addProperty(NKG.organization, m.createResource(iris.org(e.orgKey())))
                    .addProperty(PROV.wasDerivedFrom, src)
                    .addProperty(NKG.evidence, evidence(m, sourceIri, e.evidence(), x.lang()));
            if (e.role() != null) {
                ev.addProperty(NKG.role, role(m, e.role()));
            }
            if (e.date() != null) {
                ev.addProperty(NKG.date, TimeNodes.instant(m, ev.getURI() + "/date", e.date(), e.derivation()));
            }
            if (e.end() != null) {
                ev.addProperty(NKG.endDate, TimeNodes.instant(m, ev.getURI() + "/end", e.end(), null));
            }
        }
        return new ArticleGraph(sourceIri, hash, m);
    }

    private void entity(Model m, Entity e) {
        boolean person = e.kind() == EntityKind.PERSON;
        Resource r = m.createResource(person ? iris.person(e.key()) : iris.org(e.key()))
                .addProperty(RDF.type, person ? NKG.Person : NKG.Organization);
        Label pref = e.labels().stream().filter(l -> l.text().equals(e.name())).findFirst()
                .orElse(new Label(e.name(), ""));
        r.addProperty(SKOS.prefLabel, literal(m, pref));
        if (person) {
            StandardTerms.person(r, literal(m, pref));
        } else {
            StandardTerms.organization(r, literal(m, pref));
        }
        for (Label l : e.labels()) {
            if (!l.text().equals(e.name())) {
                r.addProperty(SKOS.altLabel, literal(m, l));
            }
        }
        if (e.wikidata() != null) {
            r.addProperty(OWL2.sameAs, m.createResource(e.wikidata()));
        }
    }

    private Resource role(Model m, Role role) {
        Resource r = m.createResource(iris.role(role.key()));
        if (!role.inVocabulary()) {
            r.addProperty(RDF.type, NKG.Role)
                    .addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, role.label(), "en")
                    .addProperty(SKOS.inScheme, m.createResource(iris.roleScheme()));
            StandardTerms.role(r, m.createLiteral(role.label(), "en"));
        }
        return r;
    }

    private Resource evidence(Model m, String sourceIri, Evidence ev, String lang) {
        return m.createResource(iris.evidence(sourceIri, ev.begin(), ev.end()))
                .addProperty(RDF.type, NKG.Evidence)
                .addProperty(NKG.source, m.createResource(sourceIri))
                .addProperty(NKG.text, ev.text(), lang)
                .addLiteral(NKG.charStart, m.createTypedLiteral(ev.begin(), XSDDatatype.XSDinteger))
                .addLiteral(NKG.charEnd, m.createTypedLiteral(ev.end(), XSDDatatype.XSDinteger));
    }

    private static Literal literal(Model m, Label l) {
        return l.lang().isEmpty() ? m.createLiteral(l.text()) : m.createLiteral(l.text(), l.lang());
    }
}
