package org.newskg.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components as Spark stages: every node labelled with the least node it is linked to,
 * directly or through others. Labels spread one link per round (a join and a reduce), until a round
 * changes none; name keys link an entity to the least carrier of each key it shares, so the paths
 * are short and the rounds few. The neighbours and the labels keep one partitioning through every
 * round: the joins stay local, and the number of tasks stays that of the nodes (a union left to
 * Spark's default partitioner would double it each round).
 */
final class LinkedGroups {

    private LinkedGroups() {
    }

    /**
     * @param nodes every node, once
     * @param links pairs of linked nodes (in either direction)
     * @return (node, the least node of its group) for every node
     */
    static JavaPairRDD<String, String> of(JavaRDD<String> nodes, JavaPairRDD<String, String> links) {
        Partitioner parts = new HashPartitioner(Math.max(1, nodes.getNumPartitions()));
        JavaPairRDD<String, List<String>> neighbours = links.union(links.mapToPair(Tuple2::swap))
                .aggregateByKey(new TreeSet<String>(), parts, (s, n) -> {
                    s.add(n);
                    return s;
                }, (a, b) -> {
                    a.addAll(b);
                    return a;
                })
                .mapValues(s -> (List<String>) new ArrayList<>(s))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = nodes.mapToPair(n -> new Tuple2<>(n, n)).partitionBy(parts)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        while (true) {
            JavaPairRDD<String, String> offers = neighbours.join(labels).flatMapToPair(e -> {
                String label = e._2()._2();
                List<Tuple2<String, String>> out = new ArrayList<>(e._2()._1().size());
                e._2()._1().forEach(n -> out.add(new Tuple2<>(n, label)));
                return out.iterator();
            });
            JavaPairRDD<String, String> next = labels.union(offers).reduceByKey(parts, LinkedGroups::least)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        neighbours.unpersist(false);
        return labels;
    }

    private static String least(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
