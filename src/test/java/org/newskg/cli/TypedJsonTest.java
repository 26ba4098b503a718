package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --format json} has one typed shape in who, timeline, holdings and events. */
class TypedJsonTest extends ExplainArticlesStore {

    private static final Set<String> ENTITY_KEYS = Set.of("person", "organization", "role");
    private static final Set<String> DATE_KEYS = Set.of("start", "end", "date");

    static Stream<List<String>> commands() {
        return Stream.of(List.of("who", "--org", "Brook Capital", "--role", "CFO"), List.of("holdings"), List.of("events"),
                List.of("timeline", "--person", "Marta Quist"), List.of("timeline", "--org", "Brook Capital"));
    }

    private static JsonArray json(List<String> args) {
        String[] all = Stream.concat(args.stream(), Stream.of("--store", store, "--format", "json")).toArray(String[]::new);
        Cli.Run r = Cli.run(all);
        assertEquals(0, r.code(), r.err());
        JsonArray rows = JsonParser.parseString(r.out()).getAsJsonArray();
        assertFalse(rows.isEmpty(), "rows from " + args);
        return rows;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandWritesTheSameTypedShape(List<String> args) {
        for (JsonElement e : json(args)) {
            JsonObject row = e.getAsJsonObject();
            for (Map.Entry<String, JsonElement> f : row.entrySet()) {
                JsonElement v = f.getValue();
                assertFalse(v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() && v.getAsString().isEmpty(),
                        "no empty strings, null instead: " + f.getKey() + " in " + row);
                if (v.isJsonNull()) {
                    continue;
                }
                if (ENTITY_KEYS.contains(f.getKey())) {
                    JsonObject o = v.getAsJsonObject();
                    assertTrue(o.get("iri").getAsString().startsWith("https://w3id.org/newskg/id/"), o.toString());
                    assertFalse(o.get("label").getAsString().isEmpty());
                } else if (DATE_KEYS.contains(f.getKey())) {
                    JsonObject d = v.getAsJsonObject();
                    String value = d.get("value").getAsString();
                    String precision = d.get("precision").getAsString();
                    assertEquals(Map.of(4, "year", 7, "month", 10, "day").get(value.length()), precision, d.toString());
                    assertTrue(d.get("earliest").getAsString().startsWith(value), d.toString());
                    assertTrue(d.get("latest").getAsString().compareTo(d.get("earliest").getAsString()) >= 0, d.toString());
                } else if (f.getKey().equals("sources")) {
                    JsonArray a = v.getAsJsonArray();
                    assertFalse(a.isEmpty());
                    a.forEach(s -> assertTrue(s.getAsJsonObject().get("iri").getAsString()
                            .endsWith("/source/" + s.getAsJsonObject().get("id").getAsString())));
                } else if (f.getKey().equals("fact")) {
                    assertTrue(v.getAsString().matches("https://w3id.org/newskg/id/(membership|event)/[0-9a-f]{16}"), v.toString());
                }
            }
        }
    }

    @Test
    void holdingsListAliasesAsArraysAndMissingDatesAsNull() {
        JsonArray rows = json(List.of("holdings"));
        boolean sawNull = false;
        for (JsonElement e : rows) {
            JsonObject row = e.getAsJsonObject();
            assertTrue(row.getAsJsonObject("person").get("aliases").isJsonArray(), row.toString());
            assertTrue(row.getAsJsonObject("organization").get("aliases").isJsonArray(), row.toString());
            sawNull |= row.get("start").isJsonNull() || row.get("end").isJsonNull();
        }
        assertTrue(sawNull, "an unknown start or end is null");
    }
}
