package org.newskg.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.newskg.rdf.Iris;

/** Formats query cells for people: sources as article ids. */
final class DateCells {

    private DateCells() {
    }

    static String sourceIds(Iris iris, String joined) {
        if (joined.isEmpty()) {
            return "";
        }
        return Arrays.stream(joined.split("\\|")).map(s -> iris.isSource(s) ? iris.sourceId(s) : s).sorted()
                .collect(Collectors.joining(" "));
    }
}
