package org.newskg.reconcile;

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

    private record Fact(String iri, String source, String person, String org, String role, String type,
                        TimeValue start, TimeValue end, List<String> evidence, boolean stated) {
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
        Prefixes.set(out);
        out.add(vocabulary);
        // The vocabulary's roles, typed and labelled in standard terms too (its English preferred label).
        vocabulary.listResourcesWithProperty(RDF.type, NKG.Role).forEachRemaining(role -> role.listProperties(SKOS.prefLabel)
                .filterKeep(st -> st.getLanguage().equals("en")).nextOptional()
                .ifPresent(st -> StandardTerms.role(out.createResource(role.getURI()), st.getLiteral())));
        return new Run(out);
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
            collectRoleLabels(vocabulary);
        }

        /** Adds one article's graph, named {@code g}. */
        public void add(String g, Model m) {
            copySource(m, g, out);
            for (Resource kind : List.of(NKG.Person, NKG.Organization)) {
                m.listResourcesWithProperty(RDF.type, kind).forEachRemaining(r -> {
                    Set<Label> ls = labels.computeIfAbsent(r.getURI(), k -> new LinkedHashSet<>());
                    r.listProperties(SKOS.prefLabel).andThen(r.listProperties(SKOS.altLabel))
                            .forEachRemaining(s -> {
                                Label l = label(s.getLiteral());
                                ls.add(l);
                                labelSources.merge(l, 1, Integer::sum);
                            });
                    r.listProperties(OWL2.sameAs).forEachRemaining(s ->
                            sameAs.computeIfAbsent(r.getURI(), k -> new TreeSet<>()).add(s.getResource().getURI()));
                    sourceCount.merge(r.getURI(), 1, Integer::sum);
                    candidates.put(r.getURI(), null);
                });
            }
            m.listResourcesWithProperty(RDF.type, NKG.Role).forEachRemaining(r -> out.add(r.listProperties()));
            collectRoleLabels(m);
            m.listResourcesWithProperty(RDF.type, ORG.Membership).forEachRemaining(r -> memberships.add(new Fact(
                    r.getURI(), g, shared(strings, uri(r, ORG.member)), shared(strings, uri(r, ORG.organization)),
                    shared(strings, uri(r, ORG.role)), null,
                    shared(times, instant(r, ORG.memberDuring, TIME.hasBeginning)),
                    shared(times, instant(r, ORG.memberDuring, TIME.hasEnd)),
                    evidence(r, m, out), true)));
            m.listSubjectsWithProperty(NKG.agent).forEachRemaining(r -> events.add(new Fact(
                    r.getURI(), g, shared(strings, uri(r, NKG.agent)), shared(strings, uri(r, NKG.organization)),
                    shared(strings, uri(r, NKG.role)), shared(strings, r.getPropertyResourceValue(RDF.type).getURI()),
                    shared(times, date(r.getPropertyResourceValue(NKG.date))),
                    shared(times, date(r.getPropertyResourceValue(NKG.endDate))), evidence(r, m, out), stated(r))));
        }

        private void collectRoleLabels(Model m) {
            m.listResourcesWithProperty(RDF.type, NKG.Role).forEachRemaining(role -> {
                Set<String> ls = roleLabels.computeIfAbsent(role.getURI(), k -> new TreeSet<>());
                role.listProperties(SKOS.prefLabel).andThen(role.listProperties(SKOS.altLabel))
                        .forEachRemaining(st -> ls.add(st.getLiteral().getLexicalForm()));
            });
        }

        /** Resolves the entities and writes them, the merged memberships and events, and the name keys. */
        public void finish() {
            List<EntityResolver.Candidate> list = new ArrayList<>();
            for (String iri : candidates.keySet()) {
                EntityKind kind = iri.startsWith(iris.base() + "person/") ? EntityKind.PERSON : EntityKind.ORGANIZATION;
                list.add(new EntityResolver.Candidate(iri, kind, labels.get(iri), sourceCount.get(iri)));
            }
            Map<String, String> canon = resolver.resolve(list);
            writeEntities(out, canon, labels, sameAs, labelSources);

            Map<String, List<Fact>> mergedEvents = groupEvents(events, canon);
            Map<String, List<Fact>> byHolding = new TreeMap<>();
            for (Fact f : memberships) {
                byHolding.computeIfAbsent(canon.get(f.person()) + "|" + canon.get(f.org()) + "|" + f.role(),
                        k -> new ArrayList<>()).add(f);
            }
            // The events about each person and organization, in the order of the merged events, so a
            // membership looks at its own events only rather than scanning them all.
            Map<String, List<Fact>> eventsByPair = new HashMap<>();
            for (List<Fact> evs : mergedEvents.values()) {
                for (Fact e : evs) {
                    eventsByPair.computeIfAbsent(canon.get(e.person()) + "|" + canon.get(e.org()), k -> new ArrayList<>()).add(e);
                }
            }
            for (List<Fact> group : byHolding.values()) {
                writeMembership(out, group, canon, eventsByPair);
            }
            for (List<Fact> group : mergedEvents.values()) {
                writeEvent(out, group, canon);
            }
            roleLabels.forEach((iri, ls) -> ls.forEach(l -> addNameKey(out.createResource(iri), l)));
        }
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
    private static List<String> evidence(Resource r, Model m, Model out) {
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

    private void writeEntities(Model out, Map<String, String> canon, Map<String, Set<Label>> labels,
                               Map<String, Set<String>> sameAs, Map<Label, Integer> labelSources) {
        Map<String, List<String>> groups = new TreeMap<>();
        canon.forEach((iri, c) -> groups.computeIfAbsent(c, k -> new ArrayList<>()).add(iri));
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            String c = e.getKey();
            boolean person = c.startsWith(iris.base() + "person/");
            Resource r = out.createResource(c).addProperty(RDF.type, person ? NKG.Person : NKG.Organization);
            Set<Label> all = new LinkedHashSet<>();
            List<String> members = e.getValue();
            members.sort(Comparator.comparing((String x) -> !x.equals(c)).thenComparing(x -> x));
            for (String m : members) {
                all.addAll(labels.getOrDefault(m, Set.of()));
                if (!m.equals(c)) {
                    // The IRIs articles minted for the same entity; owl:sameAs is kept for Wikidata.
                    r.addProperty(SKOS.exactMatch, out.createResource(m));
                }
                sameAs.getOrDefault(m, Set.of()).forEach(w -> r.addProperty(OWL2.sameAs, out.createResource(w)));
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

    /** Groups per-article events by type, person and organization, splitting where dates cannot be the same event. */
    private Map<String, List<Fact>> groupEvents(List<Fact> events, Map<String, String> canon) {
        Map<String, List<Fact>> byKey = new TreeMap<>();
        for (Fact f : events) {
            byKey.computeIfAbsent(f.type() + "|" + canon.get(f.person()) + "|" + canon.get(f.org()), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Fact>> out = new TreeMap<>();
        for (Map.Entry<String, List<Fact>> e : byKey.entrySet()) {
            List<Fact> fs = new ArrayList<>(e.getValue());
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
            for (int i = 0; i < clusters.size(); i++) {
                out.put(e.getKey() + "|" + i, clusters.get(i));
            }
        }
        return out;
    }

    private void writeMembership(Model out, List<Fact> group, Map<String, String> canon,
                                 Map<String, List<Fact>> eventsByPair) {
        Fact first = group.get(0);
        String person = canon.get(first.person());
        String org = canon.get(first.org());
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
        List<Fact> own = eventsByPair.getOrDefault(person + "|" + org, List.of());
        for (Fact e : own) {
            if (!person.equals(canon.get(e.person())) || !org.equals(canon.get(e.org())) || e.start() == null) {
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
            for (Fact e : own) {
                boolean begins = e.type().endsWith("Joining") || e.type().endsWith("Founding");
                if (begins && e.stated() && e.start() != null && person.equals(canon.get(e.person()))
                        && org.equals(canon.get(e.org())) && (end == null || !e.start().earliest().isAfter(end.latest()))
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

    private void writeEvent(Model out, List<Fact> group, Map<String, String> canon) {
        Fact first = group.get(0);
        String person = canon.get(first.person());
        String org = canon.get(first.org());
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
