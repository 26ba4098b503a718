package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newskg.rdf.Iris;
import org.newskg.time.Precision;
import org.newskg.time.TimeValue;

/** queries/timeline-holdings.rq and timeline-events.rq over a small hand-written merged view. */
class TimelineFactsTest {

    /** The fictional merged view of {@code src/test/resources/timeline/nordbank.ttl}. */
    static Dataset nordbank() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFParser.source("src/test/resources/timeline/nordbank.ttl")
                .parse(ds.getDefaultModel()));
        return ds;
    }

    private static Timeline load(Timeline.Subject subject, String name) {
        return new TimelineFacts(new QueryLibrary(), Iris.standard()).load(nordbank(), subject, name);
    }

    private static TimelineFact only(Timeline t, String kind, String person, String role) {
        List<TimelineFact> found = t.facts().stream()
                .filter(f -> f.kind().equals(kind) && f.person().equals(person) && f.role().equals(role)).toList();
        assertEquals(1, found.size(), kind + " " + person + " " + role + " in " + t.facts());
        return found.get(0);
    }

    @Test
    void anOrganizationsTimelineHasItsHoldingsAndEventsWithDatesAtTheirPrecision() {
        Timeline t = load(Timeline.Subject.ORGANIZATION, "Nordbank");
        assertEquals(List.of("Nordbank"), t.names());
        assertEquals(4, t.holdingCount());
        assertEquals(6, t.eventCount());
        TimelineFact berg = only(t, TimelineFact.HOLDING, "Ada Berg", "Chief Executive Officer");
        assertEquals(TimeValue.year(2019), berg.start());
        assertEquals(TimeValue.month(2025, 3), berg.end());
        TimelineFact lund = only(t, TimelineFact.HOLDING, "Kim Lund", "Chief Executive Officer");
        assertEquals(TimeValue.day(2025, 3, 3), lund.start());
        assertNull(lund.end(), "ongoing");
        TimelineFact cfo = only(t, TimelineFact.HOLDING, "Olle Strand", "Chief Financial Officer");
        assertNull(cfo.start());
        assertNull(cfo.end());
        TimelineFact leave = only(t, "LeaveOfAbsence", "Ada Berg", "Chief Executive Officer");
        assertEquals(TimeValue.day(2024, 4, 30), leave.end());
        assertEquals(Precision.MONTH, only(t, "Dismissal", "Olle Strand", "").start().precision());
    }

    @Test
    void anEventWithoutARoleGetsNoRoleRatherThanEveryRolesLabel() {
        Timeline t = load(Timeline.Subject.ORGANIZATION, "Nordbank");
        Map<String, Long> rolesOfFounding = t.facts().stream().filter(f -> f.kind().equals("Founding"))
                .collect(Collectors.groupingBy(TimelineFact::role, Collectors.counting()));
        assertEquals(Map.of("", 1L), rolesOfFounding);
    }

    @Test
    void eachFactCarriesItsSentencesAndTheirSources() {
        Timeline t = load(Timeline.Subject.ORGANIZATION, "nordbank ab"); // any name, any case
        TimelineFact berg = only(t, TimelineFact.HOLDING, "Ada Berg", "Chief Executive Officer");
        assertEquals(2, berg.evidence().size());
        TimelineFact.Evidence first = berg.evidence().get(0);
        assertEquals("a1", first.sourceId());
        assertEquals("https://example.org/nordbank-ceo", first.url());
        assertEquals("Nordbank names a new chief executive", first.headline());
        assertEquals("en", first.language());
        assertEquals(LocalDate.of(2025, 3, 14), first.published());
        assertTrue(first.sentence().startsWith("Ada Berg, chief executive since 2019"), first.sentence());
        TimelineFact.Evidence second = berg.evidence().get(1);
        assertEquals("a2", second.sourceId());
        assertEquals("", second.url(), "the second article has no URL");
        assertNull(second.published());
        assertEquals(LocalDate.of(2024, 7, 1), second.anchor());
        assertEquals(2, t.sourceCount(), "a1 and a2");
        assertEquals(LocalDate.of(2025, 3, 14), t.asOf().orElseThrow());
    }

    @Test
    void aPersonsTimelineSpansTheirOrganizations() {
        Timeline t = load(Timeline.Subject.PERSON, "Lund");
        assertEquals(List.of("Kim Lund"), t.names());
        assertEquals(List.of("Nordbank", "Sydbank"),
                t.facts().stream().map(TimelineFact::organization).distinct().sorted().toList());
        assertEquals(2, t.holdingCount());
        assertEquals(2, t.eventCount());
        assertEquals(TimeValue.month(2015, 6), only(t, TimelineFact.HOLDING, "Kim Lund", "Chief Financial Officer").start());
    }

    @Test
    void anUnknownNameGivesAnEmptyTimeline() {
        Timeline t = load(Timeline.Subject.ORGANIZATION, "Kim Lund"); // a person, not an organization
        assertTrue(t.facts().isEmpty(), t.facts().toString());
        assertTrue(load(Timeline.Subject.PERSON, "Nobody").facts().isEmpty());
    }
}
