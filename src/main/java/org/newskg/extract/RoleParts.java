package org.newskg.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.newskg.read.Language;
import org.newskg.lang.LanguageData;

/**
 * The parts from which one language composes role titles the vocabulary lacks ("研究副总裁",
 * "directrice des ventes"), read from {@code lang/<code>/role-parts.tsv} (columns: kind, surface,
 * English). Immutable.
 *
 * <pre>
 *   RoleParts fr = RoleParts.load(Language.FR);
 *   fr.heads();        // directeur → Director, responsable → Head, …
 * </pre>
 */
public final class RoleParts {

    /** The data file in each language folder. */
    public static final String FILE = "role-parts.tsv";

    private final Language language;
    private final List<RolePart> parts;
    private final Map<RolePart.Kind, List<RolePart>> byKind;

    private RoleParts(Language language, List<RolePart> parts) {
        this.language = Objects.requireNonNull(language, "language");
        this.parts = List.copyOf(parts);
        this.byKind = this.parts.stream().collect(Collectors.groupingBy(RolePart::kind,
                () -> new EnumMap<>(RolePart.Kind.class), Collectors.toUnmodifiableList()));
    }

    /** Reads the parts of one language; a language without the file has no parts. */
    public static RoleParts load(Language language) {
        List<List<String>> rows = LanguageData.rows(language, FILE);
        List<RolePart> parts = rows.stream().map(row -> part(language, row)).toList();
        return new RoleParts(language, parts);
    }

    /** Parts given directly, for tests and tools. */
    public static RoleParts of(Language language, List<RolePart> parts) {
        return new RoleParts(language, parts);
    }

    public Language language() {
        return language;
    }

    /** Every part in file order. */
    public List<RolePart> all() {
        return parts;
    }

    /** The parts of one kind in file order. */
    public List<RolePart> byKind(RolePart.Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    public List<RolePart> modifiers() {
        return byKind(RolePart.Kind.MODIFIER);
    }

    public List<RolePart> heads() {
        return byKind(RolePart.Kind.HEAD);
    }

    public List<RolePart> domains() {
        return byKind(RolePart.Kind.DOMAIN);
    }

    /** Connectors between head and domain; none in Chinese, where the domain precedes the head. */
    public List<RolePart> connectors() {
        return byKind(RolePart.Kind.OF);
    }

    private static RolePart part(Language language, List<String> row) {
        if (row.size() != 3) {
            throw new IllegalStateException("lang/" + language.code() + "/" + FILE
                    + ": expected kind, surface and English, got " + row);
        }
        try {
            return new RolePart(RolePart.Kind.parse(row.get(0)), row.get(1), row.get(2));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lang/" + language.code() + "/" + FILE + ": bad row " + row, e);
        }
    }
}
