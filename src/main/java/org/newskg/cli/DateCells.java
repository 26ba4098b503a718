package org.newskg.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.query.ResultTable;
import org.newskg.rdf.Iris;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/** Formats query cells for people: dates at their precision, sources as article ids. */
final class DateCells {

    private DateCells() {
    }

    static String iso(Binding row, String dateVar, String precisionVar) {
        String d = ResultTable.text(row, dateVar);
        if (d.isEmpty()) {
            return "";
        }
        String unit = ResultTable.text(row, precisionVar);
        Precision p = Arrays.stream(Precision.values()).filter(x -> unit.endsWith(x.owlTimeUnit()))
                .findFirst().orElse(Precision.DAY);
        return new TimeValue(LocalDate.parse(d), p).iso();
    }

    static String sourceIds(Iris iris, String joined) {
        if (joined.isEmpty()) {
            return "";
        }
        return Arrays.stream(joined.split("\\|")).map(s -> iris.isSource(s) ? iris.sourceId(s) : s).sorted()
                .collect(Collectors.joining(" "));
    }
}
