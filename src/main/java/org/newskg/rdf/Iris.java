package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mints the IRIs of newskg resources under a base ({@link NKG#ID_BASE} by default). IRIs are
 * deterministic: from normalized keys for entities, from hashes of a fact's key for facts, so that
 * the same fact read twice lands on the same resource.
 */
public final class Iris {

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static Iris standard() {
        return new Iris(NKG.ID_BASE);
    }

    public String base() {
        return base;
    }

    public String person(String key) {
        return base + "person/" + key;
    }

    public String org(String key) {
        return base + "org/" + key;
    }

    public String role(String key) {
        return base + "role/" + key;
    }

    public String roleScheme() {
        return base + "role";
    }

    public String source(String articleId) {
        return base + "source/" + encode(articleId);
    }

    public String membership(String... keyParts) {
        return base + "membership/" + hash(keyParts);
    }

    public String event(String... keyParts) {
        return base + "event/" + hash(keyParts);
    }

    /** An evidence span as a fragment of its source, in the style of RFC 5147: {@code <source#char=10,42>}. */
    public String evidence(String sourceIri, int begin, int end) {
        return sourceIri + "#char=" + begin + "," + end;
    }

    /** The IRI of the graph that holds the merged view, when it is kept as a named graph. */
    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    /** True if the IRI is one of this base's source IRIs. */
    public boolean isSource(String iri) {
        return iri.startsWith(base + "source/");
    }

    /** The article id of a source IRI. */
    public String sourceId(String sourceIri) {
        return sourceIri.substring((base + "source/").length());
    }

    /** The last path segment: the key of a person, organization or role IRI. */
    public static String key(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** Percent-encodes all but ASCII letters, digits and {@code -_.}, by code point, so that distinct ids stay distinct. */
    static String encode(String id) {
        StringBuilder out = new StringBuilder();
        id.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
                out.append((char) c);
            } else if (c <= 0xFFFF && Character.isSurrogate((char) c)) {
                // No UTF-8 form, so no IRI form; readers refuse such ids before they get here.
                throw new IllegalArgumentException("an article id with a lone surrogate (U+" + Integer.toHexString(c) + ")");
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b));
                }
            }
        });
        return out.toString();
    }

    /** First 16 hex digits of the SHA-256 of the parts joined by a separator no key contains. */
    public static String hash(String... parts) {
        return sha256(String.join("\u0001", parts)).substring(0, 16);
    }

    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
