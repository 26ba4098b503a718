package org.newskg.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * One word or phrase from which role titles are composed, e.g. French "adjoint" as the modifier
 * "Deputy", or German "Forschung" as the domain "Research".
 *
 * @param surface the form as written in text
 * @param english its English rendering in the composed role's label
 */
public record RolePart(Kind kind, String surface, String english) {

    /** What a part contributes to a title: "Senior" (modifier) "Vice President" (head) "of" "Research" (domain). */
    public enum Kind {
        /** Qualifies the head: senior, interim, deputy, vice, chief, co-. */
        MODIFIER,
        /** The position itself: president, director, head, officer, lead. */
        HEAD,
        /** The field the position covers: research, product, safety. */
        DOMAIN,
        /** A connector between head and domain: "of", "de la", "für". */
        OF;

        /** The kind named in the data files' first column ("modifier", "head", "domain", "of"). */
        public static Kind parse(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    public RolePart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(english, "english");
        if (surface.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("empty role part: " + kind + " '" + surface + "' = '" + english + "'");
        }
    }
}
