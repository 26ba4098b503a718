package org.newskg.read;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading JSON values as article fields: strict parsing with short messages, names from strings or objects. */
final class JsonText {

    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private JsonText() {
    }

    /** Parses one JSON document strictly (RFC 8259: no comments, no single quotes, nothing after it). */
    static JsonElement parse(String json, boolean strict) throws IllegalArgumentException {
        try {
            JsonReader r = new JsonReader(new StringReader(json));
            r.setStrictness(strict ? Strictness.STRICT : Strictness.LENIENT);
            JsonElement e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("invalid JSON: more after the value (" + where(r.toString()) + ")");
            }
            return e;
        } catch (JsonParseException | IOException e) {
            Throwable inner = e.getCause() != null ? e.getCause() : e;
            String msg = String.valueOf(inner.getMessage()).lines().findFirst().orElse("");
            String at = where(msg);
            int cut = msg.indexOf(" at line ");
            String what = msg.contains("setStrictness") ? "unexpected character"
                    : msg.startsWith("End of input") ? "ends too early"
                    : cut > 0 ? Character.toLowerCase(msg.charAt(0)) + msg.substring(1, cut) : "malformed";
            throw new IllegalArgumentException("invalid JSON: " + what + (at.isEmpty() ? "" : " (" + at + ")"), e);
        }
    }

    /** Gson counts the column after the character it stopped at; people count the character. */
    private static String where(String message) {
        Matcher m = COLUMN.matcher(message);
        return m.find() ? "column " + Math.max(1, Integer.parseInt(m.group(1)) - 1) : "";
    }

    /** A string or a number as text, stripped; null for anything else or a blank string. */
    static String string(JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || e.getAsJsonPrimitive().isBoolean()) {
            return null;
        }
        String s = e.getAsString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The first of the fields that holds a string or a number. */
    static String string(JsonObject o, String... keys) {
        for (String k : keys) {
            String s = string(o.get(k));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /**
     * Names as schema.org writes them: a string, an object with a {@code name}, or an array of
     * either; several are joined with ", ". Null when there is none.
     */
    static String names(JsonElement e) {
        Set<String> out = new LinkedHashSet<>();
        collectNames(e, out, 0);
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static void collectNames(JsonElement e, Set<String> out, int depth) {
        if (e == null || depth > 3) {
            return;
        }
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collectNames(x, out, depth + 1));
        } else if (e.isJsonObject()) {
            String name = string(e.getAsJsonObject().get("name"));
            if (name != null) {
                out.add(name);
            }
        } else {
            String s = string(e);
            if (s != null) {
                out.add(s);
            }
        }
    }

    /** The first of the fields that holds a name (see {@link #names(JsonElement)}). */
    static String names(JsonObject o, String... keys) {
        for (String k : keys) {
            String s = names(o.get(k));
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
