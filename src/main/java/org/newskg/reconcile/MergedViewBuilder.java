package org.newskg.reconcile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.extract.EntityKind;
import org.newskg.extract.Label;
import org.newskg.extract.Roles;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PROV;
import org.newskg.rdf.Prefixes;
import org.newskg.rdf.TIME;
import org.newskg.rdf.StandardTerms;
import org.newskg.rdf.TimeNodes;
import org.newskg.resolve.EntityResolver;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/**
 * Derives the merged view from the per-article graphs: one resource per real person and
 * organization (see {@link EntityResolver}), one membership per person, organization and role with
 * its interval assembled from every source (the most precise consistent date wins; disagreements
 * are kept as {@code nkg:conflict}), departures and dismissals closing open memberships unless a
 * later reinstatement reopens them, and events merged across sources. The result depends only on
 * the set of stored articles.
 *
 * <p>{@link #start} runs every step in one process. The steps are public so that a distributed
 * job can run them apart, on the same code: {@link #facts} per article; entity resolution per
 * group of candidates that share a name key ({@link EntityResolver#blockingKeys}); then
 * {@link #writeEntity} per resolved entity, {@link #clusterEvents} and {@link #writeEvent} per
 * event type, person and organization, {@link #writeMembership} per person, organization and
 * role, and {@link #writeNameKey} per role label.
 */
public final class MergedViewBuilder {

    private final Iris iris;
    private final Model vocabulary;
    private final EntityResolver resolver = new EntityResolver();

    /**
     * @param vocabulary the role vocabulary, copied into the merged view so queries can match role labels
     */
    public MergedViewBuilder(Iris iris, Model vocabulary) {
        this.iris = iris;
        this.vocabulary = vocabulary;
    }

    /**
     * A membership or an event as one article states it: the IRIs of the fact, its source, person,
     * organization and role (and for an event its type), its dates, the IRIs of its evidence spans,
     * and for an event whether its date is stated in the text.
     */
    public record Fact(String iri, String source, String person, String org, String role, String type,
                       TimeValue start, TimeValue end, List<String> evidence, boolean stated) implements Serializable {
    }

    /** A person or organization in one article's graph: its label statements (each one, even a repeated label) and owl:sameAs targets. */
    public record EntityMention(String iri, List<Label> labels, List<String> sameAs) {
        public EntityMention {
            labels = List.copyOf(labels);
            sameAs = List.copyOf(sameAs);
        }
    }

    /** A member of one resolved entity: its IRI, and its labels and owl:sameAs targets from every article. */
    public record Member(String iri, Set<Label> labels, Set<String> sameAs) {
    }

    /**
     * What one article's graph gives the merged view: the triples copied as they are (the source,
     * roles composed in the article, evidence spans), the entities it names, the labels of its roles,
     * and its memberships and events.
     */
    public record ArticleFacts(Model copied, List<EntityMention> entities, Map<String, Set<String>> roleLabels,
                               List<Fact> memberships, List<Fact> events) {
    }

    /** The merged view of the dataset's article graphs, as a new in-memory model. */
    public Model build(Dataset ds) {
        Model out = ModelFactory.createDefaultModel();
        write(ds, out);
        return out;
    }

    /**
     * Writes the merged view of the dataset's article graphs into {@code out}, which may be the
     * dataset's own (emptied) default graph: the view then streams into the store and never has
     * to fit in memory; only the facts' keys and dates are held while entities are resolved.
     */
    public void write(Dataset ds, Model out) {
        List<String> graphNames = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> {
            if (r.isURIResource() && iris.isSource(r.getURI())) {
                graphNames.add(r.getURI());
            }
        });
        graphNames.sort(null);
        Run run = start(out);
        for (String g : graphNames) {
            run.add(g, ds.getNamedModel(g));
        }
        run.finish();
    }

    /**
     * Starts a merged view that is fed article graphs one at a time, as an ingest produces them,
     * and written to {@code out} as it goes: {@code out} is only added to, never read, so it may be
     * a stream into a bulk loader. The result depends only on the set of graphs added.
     */
    public Run start(Model out) {
        out.setNsPrefixes(prefixes());
        writeVocabulary(vocabulary, out);
        return new Run(out);
    }

    /** The role vocabulary as a merged view carries it: as it is, and each role in standard terms too. */
    public static void writeVocabulary(Model vocabulary, Model out) {
        out.add(vocabulary);
        // The vocabulary's roles, typed and labelled in standard terms too (its English preferred label).
        vocabulary.listResourcesWithProperty(RDF.type, NKG.Role).forEachRemaining(role -> role.listProperties(SKOS.prefLabel)
                .filterKeep(st -> st.getLanguage().equals("en")).nextOptional()
                .ifPresent(st -> StandardTerms.role(out.createResource(role.getURI()), st.getLiteral())));
    }

    /** The namespace prefixes a merged view carries: newskg's own, and the role vocabulary's. */
    public PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.set(pm);
        pm.setNsPrefixes(vocabulary);
        return pm;
    }

    /** One merged view in the making: see {@link #start}. */
    public final class Run {
        private final Model out;
        private final Map<String, String> strings = new HashMap<>(); // one copy of each IRI the facts repeat
        private final Map<TimeValue, TimeValue> times = new HashMap<>(); // and of each date
        private final Map<String, EntityResolver.Candidate> candidates = new TreeMap<>();
        private final Map<String, Set<Label>> labels = new HashMap<>();
        private final Map<String, Set<String>> sameAs = new HashMap<>();
        private final Map<String, Integer> sourceCount = new HashMap<>();
        private final Map<Label, Integer> labelSources = new HashMap<>();
        private final List<Fact> memberships = new ArrayList<>();
        private final List<Fact> events = new ArrayList<>();
        /** The labels of every role in the view (the vocabulary's and those composed in articles), for their name keys. */
        private final Map<String, Set<String>> roleLabels = new HashMap<>();

        private Run(Model out) {
            this.out = out;
            roleLabels(vocabulary).forEach((role, ls) -> roleLabels.computeIfAbsent(role, k -> new TreeSet<>()).addAll(ls));
        }

        /** Adds one article's graph, named {@code g}. */
        public void add(String g, Model m) {
            ArticleFacts f = facts(g, m);
            out.add(f.copied());
            for (EntityMention e : f.entities()) {
                Set<Label> ls = labels.computeIfAbsent(e.iri(), k -> new LinkedHashSet<>());
                for (Label l : e.labels()) {
                    ls.add(l);
                    labelSources.merge(l, 1, Integer::sum);
                }
                if (!e.sameAs().isEmpty()) {
                    sameAs.computeIfAbsent(e.iri(), k -> new TreeSet<>()).addAll(e.sameAs());
                }
                sourceCount.merge(e.iri(), 1, Integer::sum);
                candidates.put(e.iri(), null);
            }
            f.roleLabels().forEach((role, ls) -> roleLabels.computeIfAbsent(role, k -> new TreeSet<>()).addAll(ls));
            f.memberships().forEach(x -> memberships.add(shared(x)));
            f.events().forEach(x -> events.add(shared(x)));
        }

        /** The fact with one copy of each IRI and date that facts repeat: many facts are held at once. */
        private Fact shared(Fact x) {
            return new Fact(x.iri(), x.source(), MergedViewBuilder.shared(strings, x.person()),
                    MergedViewBuilder.shared(strings, x.org()), MergedViewBuilder.shared(strings, x.role()),
                    MergedViewBuilder.shared(strings, x.type()), MergedViewBuilder.shared(times, x.start()),
                    MergedViewBuilder.shared(times, x.end()), x.evidence(), x.stated());
        }

        /** Resolves the entities and writes them, the merged memberships and events, and the name keys. */
        public void finish() {
            List<EntityResolver.Candidate> list = new ArrayList<>();
            for (String iri : candidates.keySet()) {
                list.add(new EntityResolver.Candidate(iri, kind(iri), labels.get(iri), sourceCount.get(iri)));
            }
            Map<String, String> canon = resolver.resolve(list);
            Map<String, List<Member>> groups = new TreeMap<>();
            canon.forEach((iri, c) -> groups.computeIfAbsent(c, k -> new ArrayList<>())
                    .add(new Member(iri, labels.getOrDefault(iri, Set.of()), sameAs.getOrDefault(iri, Set.of()))));
            groups.forEach((c, members) -> writeEntity(out, c, members, labelSources));

            Map<String, List<Fact>> eventsByKey = new TreeMap<>();
            for (Fact f : events) {
                eventsByKey.computeIfAbsent(f.type() + "|" + canon.get(f.person()) + "|" + canon.get(f.org()),
                        k -> new ArrayList<>()).add(f);
            }
            Map<String, List<Fact>> byHolding = new TreeMap<>();
            for (Fact f : memberships) {
                byHolding.computeIfAbsent(canon.get(f.person()) + "|" + canon.get(f.org()) + "|" + f.role(),
                        k -> new ArrayList<>()).add(f);
            }
            // The events about each person and organization, so a membership looks at its own events
            // only rather than scanning them all.
            Map<String, List<Fact>> eventsByPair = new HashMap<>();
            for (Fact e : events) {
                eventsByPair.computeIfAbsent(canon.get(e.person()) + "|" + canon.get(e.org()), k -> new ArrayList<>()).add(e);
            }
            for (List<Fact> group : byHolding.values()) {
                String person = canon.get(group.get(0).person());
                String org = canon.get(group.get(0).org());
                writeMembership(out, group, person, org, eventsByPair.getOrDefault(person + "|" + org, List.of()));
            }
            for (List<Fact> sameKey : eventsByKey.values()) {
                Fact first = sameKey.get(0);
                for (List<Fact> cluster : clusterEvents(sameKey)) {
                    writeEvent(out, cluster, canon.get(first.person()), canon.get(first.org()));
                }
            }
            roleLabels.forEach((iri, ls) -> ls.forEach(l -> writeNameKey(out, iri, l)));
        }
    }

    /** Whether an entity IRI names a person or an organization. */
    public EntityKind kind(String entityIri) {
        return entityIri.startsWith(iris.base() + "person/") ? EntityKind.PERSON : EntityKind.ORGANIZATION;
    }

    /** The role vocabulary, which the merged view copies so that queries can match role labels. */
    public Model vocabulary() {
        return vocabulary;
    }

    /**
     * What one article's graph, named {@code g}, gives the merged view (see {@link ArticleFacts}):
     * reads the graph, writes nothing.
     */
    public ArticleFacts facts(String g, Model m) {
        Model copied = ModelFactory.createDefaultModel();
        copySource(m, g, copied);
        List<EntityMention> entities = new ArrayList<>();
        for (Resource kind : List.of(NKG.Person, NKG.Organization)) {
            m.listResourcesWithProperty(RDF.type, kind).forEachRemaining(r -> {
                List<Label> ls = new ArrayList<>();
                r.listProperties(SKOS.prefLabel).andThen(r.listProperties(SKOS.altLabel))
                        .forEachRemaining(st -> ls.add(label(st.getLiteral())));
                List<String> same = new ArrayList<>();
                r.listProperties(OWL2.sameAs).forEachRemaining(st -> same.add(st.getResource().getURI()));
                entities.add(new EntityMention(r.getURI(), ls, same));
            });
        }
        m.listResourcesWithProperty(RDF.type, NKG.Role).forEachRemaining(r -> copied.add(r.listProperties()));
        List<Fact> memberships = new ArrayList<>();
        m.listResourcesWithProperty(RDF.type, ORG.Membership).forEachRemaining(r -> memberships.add(new Fact(
                r.getURI(), g, uri(r, ORG.member), uri(r, ORG.organization), uri(r, ORG.role), null,
                instant(r, ORG.memberDuring, TIME.hasBeginning), instant(r, ORG.memberDuring, TIME.hasEnd),
                evidence(r, copied), true)));
        List<Fact> events = new ArrayList<>();
        m.listSubjectsWithProperty(NKG.agent).forEachRemaining(r -> events.add(new Fact(
                r.getURI(), g, uri(r, NKG.agent), uri(r, NKG.organization), uri(r, NKG.role),
                r.getPropertyResourceValue(RDF.type).getURI(), date(r.getPropertyResourceValue(NKG.date)),
                date(r.getPropertyResourceValue(NKG.endDate)), evidence(r, copied), stated(r))));
        return new ArticleFacts(copied, entities, roleLabels(m), memberships, events);
    }

    /** The labels of every role a graph describes (the vocabulary's, or those an article composed), by role IRI. */
    public static Map<String, Set<String>> roleLabels(Model m) {
        Map<String, Set<String>> out = new TreeMap<>();
        m.listResourcesWithProperty(RDF.type, NKG.Role).forEachRemaining(role -> {
            Set<String> ls = out.computeIfAbsent(role.getURI(), k -> new TreeSet<>());
            role.listProperties(SKOS.prefLabel).andThen(role.listProperties(SKOS.altLabel))
                    .forEachRemaining(st -> ls.add(st.getLiteral().getLexicalForm()));
        });
        return out;
    }

    /** Writes the name key of one label of a resource (each role's, in the view's last step). */
    public static void writeNameKey(Model out, String iri, String label) {
        addNameKey(out.createResource(iri), label);
    }

    /** The lower-case form SPARQL's LCASE gives, so that queries find a name by an exact match. */
    private static void addNameKey(Resource r, String label) {
        r.addProperty(NKG.nameKey, label.toLowerCase(Locale.ROOT));
    }

    private static <T> T shared(Map<T, T> pool, T value) {
        return value == null ? null : pool.computeIfAbsent(value, k -> k);
    }

    private static Label label(Literal l) {
        return new Label(l.getLexicalForm(), l.getLanguage());
    }

    private static String uri(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getResource().getURI();
    }

    private static TimeValue instant(Resource r, org.apache.jena.rdf.model.Property during,
                                     org.apache.jena.rdf.model.Property which) {
        Resource iv = r.getPropertyResourceValue(during);
        return iv == null ? null : date(iv.getPropertyResourceValue(which));
    }

    /** Whether an event's date was stated in the text, not taken from the publication date. */
    private static boolean stated(Resource event) {
        Resource d = event.getPropertyResourceValue(NKG.date);
        return d != null && d.hasProperty(NKG.derivation) && !d.getProperty(NKG.derivation).getString().equals("publication");
    }

    static TimeValue date(Resource instant) {
        if (instant == null || !instant.hasProperty(NKG.earliestDate)) {
            return null;
        }
        LocalDate d = LocalDate.parse(instant.getProperty(NKG.earliestDate).getLiteral().getLexicalForm());
        Resource unit = instant.getPropertyResourceValue(NKG.precision);
        Precision p = Precision.fromUnit(unit == null ? null : unit.getURI());
        return new TimeValue(d, p);
    }

    /** Copies a fact's evidence nodes into the merged view and returns their IRIs. */
    private static List<String> evidence(Resource r, Model out) {
        List<String> ev = new ArrayList<>();
        r.listProperties(NKG.evidence).forEachRemaining(s -> {
            Resource e = s.getResource();
            out.add(e.listProperties());
            ev.add(e.getURI());
        });
        // Compact: a fact usually has one evidence span, and there are many facts.
        return ev.contains(null) ? ev : List.copyOf(ev);
    }

    private static void copySource(Model m, String g, Model out) {
        out.add(m.getResource(g).listProperties());
    }

    /**
     * Writes one resolved entity: the canonical IRI with every member's labels (the preferred one
     * chosen with {@code labelSources}, how many times the articles state each label), links to the
     * other members' IRIs, and the name keys.
     */
    public void writeEntity(Model out, String canonical, List<Member> members, Map<Label, Integer> labelSources) {
        boolean person = kind(canonical) == EntityKind.PERSON;
        Resource r = out.createResource(canonical).addProperty(RDF.type, person ? NKG.Person : NKG.Organization);
        Set<Label> all = new LinkedHashSet<>();
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((Member x) -> !x.iri().equals(canonical)).thenComparing(Member::iri));
        for (Member m : sorted) {
            all.addAll(m.labels());
            if (!m.iri().equals(canonical)) {
                // The IRIs articles minted for the same entity; owl:sameAs is kept for Wikidata.
                r.addProperty(SKOS.exactMatch, out.createResource(m.iri()));
            }
            m.sameAs().forEach(w -> r.addProperty(OWL2.sameAs, out.createResource(w)));
        }
        Label pref = preferred(all, labelSources);
        r.addProperty(SKOS.prefLabel, literal(out, pref));
        if (person) {
            StandardTerms.person(r, literal(out, pref));
        } else {
            StandardTerms.organization(r, literal(out, pref));
        }
        for (Label l : all) {
            if (!l.equals(pref)) {
                r.addProperty(SKOS.altLabel, literal(out, l));
            }
            addNameKey(r, l.text());
        }
    }

    /**
     * Latin script first (not a handle), then full names, then the form most sources use, then the
     * shorter, then alphabetical: deterministic, and robust to one article's odd long form.
     */
    private static Label preferred(Set<Label> labels, Map<Label, Integer> sources) {
        return labels.stream().min(Comparator
                .comparing((Label l) -> l.text().startsWith("@"))
                .thenComparing(l -> l.lang().contains("-Latn") && labels.stream().anyMatch(o -> o.lang().isEmpty()))
                .thenComparing(l -> l.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA))
                .thenComparing(l -> !l.text().strip().contains(" "))
                .thenComparing(l -> -sources.getOrDefault(l, 0))
                .thenComparing(l -> l.text().length())
                .thenComparing(Label::text)
                .thenComparing(Label::lang)).orElseThrow();
    }

    private static Literal literal(Model m, Label l) {
        return l.lang().isEmpty() ? m.createLiteral(l.text()) : m.createLiteral(l.text(), l.lang());
    }

    /**
     * Splits the per-article events of one type, person and organization into the events they
     * report: dates that cannot be the same event (more than three days apart, not overlapping) part.
     */
    public static List<List<Fact>> clusterEvents(List<Fact> sameKey) {
        List<Fact> fs = new ArrayList<>(sameKey);
        fs.sort(Comparator.comparing((Fact f) -> f.start() == null ? LocalDate.MAX : f.start().earliest())
                .thenComparing(Fact::iri));
        List<List<Fact>> clusters = new ArrayList<>();
        for (Fact f : fs) {
            List<Fact> home = null;
            for (List<Fact> c : clusters) {
                if (c.stream().allMatch(x -> x.start() == null || f.start() == null || x.start().overlaps(f.start())
                        || Math.abs(x.start().earliest().toEpochDay() - f.start().earliest().toEpochDay()) <= 3)) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(f);
        }
        return clusters;
    }

    /**
     * Writes one merged membership from the per-article memberships of one person, organization and
     * role ({@code group}), with {@code person} and {@code org} the resolved entities' IRIs and
     * {@code pairEvents} every per-article event about that person and organization (in any
     * order), which close, reopen or date the membership.
     */
    public void writeMembership(Model out, List<Fact> group, String person, String org, List<Fact> pairEvents) {
        Fact first = group.get(0);
        Resource ms = out.createResource(iris.membership(Iris.key(person), Iris.key(org), first.role()))
                .addProperty(RDF.type, ORG.Membership)
                .addProperty(ORG.member, out.createResource(person))
                .addProperty(ORG.organization, out.createResource(org))
                .addProperty(ORG.role, out.createResource(first.role()));
        List<String> conflicts = new ArrayList<>();
        TimeValue start = pick(group.stream().map(Fact::start).toList(), true, conflicts, "start");
        TimeValue end = pick(group.stream().map(Fact::end).toList(), false, conflicts, "end");
        // Events from every source close or reopen the membership.
        TimeValue closing = null;
        TimeValue reopening = null;
        for (Fact e : pairEvents) {
            if (e.start() == null) {
                continue;
            }
            if (e.role() != null && !e.role().equals(first.role())) {
                continue;
            }
            boolean ends = e.type().endsWith("Departure") || e.type().endsWith("Dismissal");
            boolean reopens = e.type().endsWith("Reinstatement");
            if (ends && (start == null || !e.start().earliest().isBefore(start.earliest()))) {
                closing = closing == null || e.start().compareTo(closing) > 0 ? e.start() : closing;
            } else if (reopens) {
                reopening = reopening == null || e.start().compareTo(reopening) > 0 ? e.start() : reopening;
            }
        }
        if (end == null && closing != null && !Roles.isLifelong(first.role())) {
            end = closing;
        }
        if (start == null) {
            // Joined (or founded) in 2015 and no start stated for the title: it began no earlier.
            TimeValue joined = null;
            for (Fact e : pairEvents) {
                boolean begins = e.type().endsWith("Joining") || e.type().endsWith("Founding");
                if (begins && e.stated() && e.start() != null
                        && (end == null || !e.start().earliest().isAfter(end.latest()))
                        && (joined == null || e.start().compareTo(joined) < 0)) {
                    joined = e.start();
                }
            }
            start = joined;
        }
        if (end != null && reopening != null && !reopening.latest().isBefore(end.earliest())) {
            end = null; // reinstated after the dismissal or departure: the holding goes on
        }
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            conflicts.add("end " + end.iso() + " before start " + start.iso());
            end = null;
        }
        TimeNodes.interval(out, ms, start, end);
        Set<String> sources = new TreeSet<>();
        Set<String> evidence = new TreeSet<>();
        for (Fact f : group) {
            sources.add(f.source());
            evidence.addAll(f.evidence());
            ms.addProperty(NKG.mergedFrom, out.createResource(f.iri()));
        }
        sources.forEach(s -> ms.addProperty(PROV.wasDerivedFrom, out.createResource(s)));
        evidence.forEach(e -> ms.addProperty(NKG.evidence, out.createResource(e)));
        conflicts.forEach(c -> ms.addProperty(NKG.conflict, c));
    }

    /**
     * The most precise date consistent with the others; among equally precise ones that disagree,
     * the most often stated (then the earliest start or latest end), the rest kept as a conflict.
     */
    static TimeValue pick(List<TimeValue> values, boolean isStart, List<String> conflicts, String what) {
        List<TimeValue> known = values.stream().filter(v -> v != null).sorted().toList();
        if (known.isEmpty()) {
            return null;
        }
        Map<TimeValue, Integer> counts = new TreeMap<>();
        known.forEach(v -> counts.merge(v, 1, Integer::sum));
        TimeValue best = null;
        for (TimeValue v : counts.keySet()) {
            if (best == null || better(v, best, counts, isStart)) {
                best = v;
            }
        }
        for (TimeValue v : counts.keySet()) {
            if (!v.overlaps(best)) {
                conflicts.add(what + " " + v.iso() + " also stated");
            }
        }
        return best;
    }

    private static boolean better(TimeValue a, TimeValue b, Map<TimeValue, Integer> counts, boolean isStart) {
        if (a.precision() != b.precision()) {
            return a.precision().ordinal() < b.precision().ordinal();
        }
        int ca = counts.get(a);
        int cb = counts.get(b);
        if (ca != cb) {
            return ca > cb;
        }
        return isStart ? a.earliest().isBefore(b.earliest()) : a.earliest().isBefore(b.earliest());
    }

    /**
     * Writes one merged event from a cluster of {@link #clusterEvents}, with {@code person} and
     * {@code org} the resolved entities' IRIs.
     */
    public void writeEvent(Model out, List<Fact> group, String person, String org) {
        Fact first = group.get(0);
        String type = first.type();
        String local = type.substring(type.lastIndexOf('#') + 1);
        TimeValue date = pick(group.stream().map(Fact::start).toList(), true, new ArrayList<>(), "date");
        String dateKey = date == null ? "" : date.iso();
        Resource ev = out.createResource(iris.event(local, Iris.key(person), Iris.key(org), dateKey))
                .addProperty(RDF.type, out.createResource(type))
                .addProperty(NKG.agent, out.createResource(person))
                .addProperty(NKG.organization, out.createResource(org));
        group.stream().map(Fact::role).filter(r -> r != null).sorted().findFirst()
                .ifPresent(r -> ev.addProperty(NKG.role, out.createResource(r)));
        if (date != null) {
            ev.addProperty(NKG.date, TimeNodes.instant(out, ev.getURI() + "/date", date, null));
        }
        TimeValue end = pick(group.stream().map(Fact::end).toList(), false, new ArrayList<>(), "end");
        if (end != null) {
            ev.addProperty(NKG.endDate, TimeNodes.instant(out, ev.getURI() + "/end", end, null));
        }
        Set<String> sources = new TreeSet<>();
        Set<String> evidence = new TreeSet<>();
        for (Fact f : group) {
            sources.add(f.source());
            evidence.addAll(f.evidence());
            ev.addProperty(NKG.mergedFrom, out.createResource(f.iri()));
        }
        sources.forEach(s -> ev.addProperty(PROV.wasDerivedFrom, out.createResource(s)));
        evidence.forEach(e -> ev.addProperty(NKG.evidence, out.createResource(e)));
    }
}
