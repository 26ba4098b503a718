package org.newskg.query;

import java.time.LocalDate;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/** Reads a date and its OWL-Time precision unit from a result row as ISO text at that precision ("2024-05"). */
public final class Dates {

    private Dates() {
    }

    public static String iso(Binding row, String dateVar, String precisionVar) {
        String d = ResultTable.text(row, dateVar);
        if (d.isEmpty()) {
            return "";
        }
        String unit = ResultTable.text(row, precisionVar);
        Precision p = Precision.fromUnit(unit);
        return new TimeValue(LocalDate.parse(d), p).iso();
    }
}
