package org.newskg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.newskg.extract.Label;
import org.newskg.pipeline.Components;
import org.newskg.reconcile.MergedViewBuilder;
import org.newskg.reconcile.MergedViewBuilder.Fact;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.EntityResolver.BlockingKey;
import org.newskg.spark.Extracted.Mention;
import org.newskg.spark.Extracted.Name;
import scala.Tuple2;

/**
 * The merged view as Spark stages, each a step of {@link MergedViewBuilder} run where the data is,
 * nothing collected to the driver: entities gathered from every article by IRI; blocked by the
 * resolver's name keys ({@link EntityResolver#blockingKeys}) into groups of linked candidates
 * ({@link LinkedGroups}), each resolved by {@link EntityResolver#resolve}; the resolved entities
 * written by {@link MergedViewBuilder#writeEntity}; the facts placed on their resolved person and
 * organization, grouped by that pair, and written by {@link MergedViewBuilder#writeMembership} and
 * {@link MergedViewBuilder#writeEvent}; the roles' name keys; and what the view copies as it is. The
 * result is the default graph {@code newskg ingest} builds from the same articles. Intermediate results
 * used twice are kept (memory, else disk) until Spark's cleaner drops them with their last reference.
 */
final class MergedViewStages {

    private static final StorageLevel SPILL = StorageLevel.MEMORY_AND_DISK_SER();

    private MergedViewStages() {
    }

    /** An entity as all articles together give it: every label, owl:sameAs target, and the number of articles naming it. */
    record CandidateRow(String iri, Set<Name> labels, Set<String> sameAs, int sources) implements Serializable {

        static CandidateRow of(Mention m) {
            return new CandidateRow(m.iri(), new HashSet<>(m.labels()), new TreeSet<>(m.sameAs()), 1);
        }

        CandidateRow plus(CandidateRow o) {
            Set<Name> ls = new HashSet<>(labels);
            ls.addAll(o.labels);
            Set<String> same = new TreeSet<>(sameAs);
            same.addAll(o.sameAs);
            return new CandidateRow(iri, ls, same, sources + o.sources);
        }

        Set<Label> labelSet() {
            Set<Label> out = new HashSet<>();
            labels.forEach(n -> out.add(n.label()));
            return out;
        }
    }

    /** A fact with the resolved IRIs of its person and organization. */
    record Placed(Fact fact, String person, String org) implements Serializable {
    }

    /** The default graph's quads, each once, as N-Quads lines. */
    static JavaRDD<String> of(JavaSparkContext sc, JavaRDD<Extracted> articles, Settings settings, int partitions) {
        Model vocabulary = Components.ontologyModel("roles.ttl");
        Model withTerms = ModelFactory.createDefaultModel();
        MergedViewBuilder.writeVocabulary(vocabulary, withTerms);
        JavaRDD<String> copied = articles.flatMap(a -> NQuads.lines(a.copied()).iterator())
                .union(sc.parallelize(NQuads.lines(NQuads.text(withTerms, null)), 1));

        JavaPairRDD<String, CandidateRow> candidates = articles.flatMap(a -> a.entities().iterator())
                .mapToPair(m -> new Tuple2<>(m.iri(), CandidateRow.of(m))).reduceByKey(CandidateRow::plus).persist(SPILL);
        JavaPairRDD<String, String> canonical = resolve(candidates, settings).persist(SPILL);
        JavaRDD<String> entities = entities(articles, candidates, canonical, settings);
        JavaRDD<String> facts = facts(articles, canonical, settings);
        JavaRDD<String> roleKeys = roleNameKeys(sc, articles, vocabulary);
        return sc.union(copied, entities, facts, roleKeys).distinct(partitions);
    }

    /** (entity IRI, the IRI of the entity it resolves to), for every entity of every article. */
    private static JavaPairRDD<String, String> resolve(JavaPairRDD<String, CandidateRow> candidates, Settings settings) {
        // (key, (carrier, the side it carries the key on, as a bit))
        JavaPairRDD<String, Tuple2<String, Integer>> carried = candidates.values().flatMapToPair(c -> {
            Parts parts = Parts.of(settings);
            EntityResolver.Candidate cand = candidate(c, parts);
            List<Tuple2<String, Tuple2<String, Integer>>> out = new ArrayList<>();
            for (BlockingKey k : parts.resolver().blockingKeys(cand)) {
                out.add(new Tuple2<>(k.key(), new Tuple2<>(c.iri(), 1 << k.side().ordinal())));
            }
            return out.iterator();
        }).distinct().persist(SPILL);
        // Per key: its least carrier and every side it is carried on; then each carrier linked to that least one.
        JavaPairRDD<String, Tuple2<String, Integer>> perKey = carried.reduceByKey(
                (a, b) -> new Tuple2<>(least(a._1(), b._1()), a._2() | b._2()));
        JavaPairRDD<String, String> links = carried.join(perKey).flatMapToPair(e -> {
            String carrier = e._2()._1()._1();
            String first = e._2()._2()._1();
            boolean linked = EntityResolver.linksCarriers(sides(e._2()._2()._2())) && !carrier.equals(first);
            return (linked ? List.of(new Tuple2<>(carrier, first)) : List.<Tuple2<String, String>>of()).iterator();
        });
        JavaPairRDD<String, String> groups = LinkedGroups.of(candidates.keys(), links);
        // Each group resolved alone by the resolver: as among all candidates (see EntityResolver#blockingKeys).
        return candidates.join(groups).mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1())).groupByKey()
                .flatMapToPair(group -> {
                    Parts parts = Parts.of(settings);
                    List<EntityResolver.Candidate> cs = new ArrayList<>();
                    group._2().forEach(c -> cs.add(candidate(c, parts)));
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    parts.resolver().resolve(cs).forEach((iri, c) -> out.add(new Tuple2<>(iri, c)));
                    return out.iterator();
                });
    }

    /** The resolved entities, each written from its members and the number of times articles state each of its labels. */
    private static JavaRDD<String> entities(JavaRDD<Extracted> articles, JavaPairRDD<String, CandidateRow> candidates,
                                            JavaPairRDD<String, String> canonical, Settings settings) {
        JavaPairRDD<Name, Integer> labelCounts = articles.flatMap(a -> a.entities().iterator())
                .flatMapToPair(m -> m.labels().stream().map(l -> new Tuple2<>(l, 1)).iterator())
                .reduceByKey(Integer::sum);
        JavaPairRDD<String, Tuple2<CandidateRow, String>> placed = candidates.join(canonical).persist(SPILL);
        JavaPairRDD<String, CandidateRow> members = placed.mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()));
        JavaPairRDD<String, Tuple2<Name, Integer>> counts = placed
                .flatMapToPair(e -> e._2()._1().labels().stream().map(l -> new Tuple2<>(l, e._2()._2())).iterator())
                .distinct().join(labelCounts)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())));
        return members.cogroup(counts).flatMap(e -> {
            MergedViewBuilder merger = Parts.of(settings).merger();
            List<MergedViewBuilder.Member> ms = new ArrayList<>();
            e._2()._1().forEach(c -> ms.add(new MergedViewBuilder.Member(c.iri(), c.labelSet(), c.sameAs())));
            Map<Label, Integer> sources = new HashMap<>();
            e._2()._2().forEach(n -> sources.put(n._1().label(), n._2()));
            Model out = ModelFactory.createDefaultModel();
            merger.writeEntity(out, e._1(), ms, sources);
            return NQuads.lines(NQuads.text(out, null)).iterator();
        });
    }

    /** The memberships and events, grouped by resolved person and organization and merged there. */
    private static JavaRDD<String> facts(JavaRDD<Extracted> articles, JavaPairRDD<String, String> canonical,
                                         Settings settings) {
        JavaPairRDD<Tuple2<String, String>, Placed> memberships = place(articles.flatMap(a -> a.memberships().iterator()), canonical);
        JavaPairRDD<Tuple2<String, String>, Placed> events = place(articles.flatMap(a -> a.events().iterator()), canonical);
        return memberships.cogroup(events).flatMap(e -> {
            MergedViewBuilder merger = Parts.of(settings).merger();
            String person = e._1()._1();
            String org = e._1()._2();
            List<Fact> pairEvents = new ArrayList<>();
            Map<String, List<Fact>> byType = new TreeMap<>();
            e._2()._2().forEach(p -> {
                pairEvents.add(p.fact());
                byType.computeIfAbsent(p.fact().type(), k -> new ArrayList<>()).add(p.fact());
            });
            Map<String, List<Fact>> byRole = new TreeMap<>();
            e._2()._1().forEach(p -> byRole.computeIfAbsent(p.fact().role(), k -> new ArrayList<>()).add(p.fact()));
            Model out = ModelFactory.createDefaultModel();
            byRole.values().forEach(group -> merger.writeMembership(out, group, person, org, pairEvents));
            for (List<Fact> sameType : byType.values()) {
                for (List<Fact> cluster : MergedViewBuilder.clusterEvents(sameType)) {
                    merger.writeEvent(out, cluster, person, org);
                }
            }
            return NQuads.lines(NQuads.text(out, null)).iterator();
        });
    }

    /** Facts keyed by the resolved IRIs of their person and organization. */
    private static JavaPairRDD<Tuple2<String, String>, Placed> place(JavaRDD<Fact> facts, JavaPairRDD<String, String> canonical) {
        return facts.mapToPair(f -> new Tuple2<>(f.person(), f)).join(canonical)
                .mapToPair(e -> new Tuple2<>(e._2()._1().org(), new Tuple2<>(e._2()._1(), e._2()._2()))).join(canonical)
                .mapToPair(e -> {
                    Placed p = new Placed(e._2()._1()._1(), e._2()._1()._2(), e._2()._2());
                    return new Tuple2<>(new Tuple2<>(p.person(), p.org()), p);
                });
    }

    /** The name keys of every role label, of the vocabulary and of the roles articles composed. */
    private static JavaRDD<String> roleNameKeys(JavaSparkContext sc, JavaRDD<Extracted> articles, Model vocabulary) {
        List<Tuple2<String, String>> fromVocabulary = new ArrayList<>();
        MergedViewBuilder.roleLabels(vocabulary).forEach((role, ls) -> ls.forEach(l -> fromVocabulary.add(new Tuple2<>(role, l))));
        JavaPairRDD<String, String> labels = articles.flatMapToPair(a -> {
            List<Tuple2<String, String>> out = new ArrayList<>();
            a.roleLabels().forEach((role, ls) -> ls.forEach(l -> out.add(new Tuple2<>(role, l))));
            return out.iterator();
        }).union(sc.parallelizePairs(fromVocabulary, 1)).distinct();
        return labels.mapPartitions(it -> {
            Model out = ModelFactory.createDefaultModel();
            it.forEachRemaining(p -> MergedViewBuilder.writeNameKey(out, p._1(), p._2()));
            return NQuads.lines(NQuads.text(out, null)).iterator();
        });
    }

    private static EntityResolver.Candidate candidate(CandidateRow c, Parts parts) {
        return new EntityResolver.Candidate(c.iri(), parts.merger().kind(c.iri()), c.labelSet(), c.sources());
    }

    private static Set<BlockingKey.Side> sides(int bits) {
        Set<BlockingKey.Side> out = EnumSet.noneOf(BlockingKey.Side.class);
        for (BlockingKey.Side s : BlockingKey.Side.values()) {
            if ((bits & (1 << s.ordinal())) != 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static String least(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
