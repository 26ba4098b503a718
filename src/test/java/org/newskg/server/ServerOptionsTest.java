package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaultsAreLoopbackReadOnlyWithTimeoutAndLimit() {
        ServerOptions d = ServerOptions.defaults();
        assertEquals("127.0.0.1", d.host());
        assertEquals(3030, d.port());
        assertFalse(d.allowUpdate());
        assertEquals(Duration.ofSeconds(30), d.queryTimeout());
        assertEquals(100_000, d.resultLimit());
    }

    @Test
    void loopbackIsRecognisedInItsUsualSpellings() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]"}) {
            assertTrue(ServerOptions.defaults().withHost(host).isLoopback(), host);
        }
        assertFalse(ServerOptions.defaults().withHost("0.0.0.0").isLoopback());
        assertEquals("[::1]", ServerOptions.defaults().withHost("::1").urlHost());
        assertEquals("::1", ServerOptions.defaults().withHost("[::1]").bindHost());
    }

    @Test
    void badValuesAreRejected() {
        ServerOptions d = ServerOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withPort(70_000));
        assertThrows(IllegalArgumentException.class, () -> d.withHost(" "));
        assertThrows(IllegalArgumentException.class, () -> d.withQueryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> d.withResultLimit(-1));
    }

    @Test
    void theRowCapLowersOnlyLimitsAboveIt() {
        LimitedQueryProcessor cap = new LimitedQueryProcessor(10);
        Query unlimited = QueryFactory.create("SELECT * { ?s ?p ?o }");
        assertEquals(10, cap.capped(unlimited).getLimit());
        assertFalse(unlimited.hasLimit(), "the request's own query is not modified");
        assertEquals(10, cap.capped(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 500")).getLimit());
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 4");
        assertSame(small, cap.capped(small));
        Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
        assertSame(ask, cap.capped(ask));
        assertSame(unlimited, new LimitedQueryProcessor(0).capped(unlimited));
    }
}
