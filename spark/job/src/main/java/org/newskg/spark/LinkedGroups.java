package org.newskg.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components as Spark stages: every node labelled with the least node it is linked to,
 * directly or through others. Labels spread one link per round (a join and a reduce), until a round
 * changes none; name keys link an entity to the least carrier of each key it shares, so the paths
 * are short and the rounds few.
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
        JavaPairRDD<String, String> both = links.union(links.mapToPair(Tuple2::swap)).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = nodes.mapToPair(n -> new Tuple2<>(n, n))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        while (true) {
            JavaPairRDD<String, String> offers = both.join(labels).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
            JavaPairRDD<String, String> next = labels.union(offers).reduceByKey(LinkedGroups::least)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        both.unpersist(false);
        return labels;
    }

    private static String least(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
