package org.newskg.extract;

import java.util.List;
import java.util.Objects;
import org.newskg.time.TimeMention;

/**
 * Something found in a sentence, with half-open offsets {@code [begin, end)} into the article text.
 * Which payload is set depends on the kind: {@code roles} for ROLE, {@code trigger} for TRIGGER,
 * {@code org} for a gazetteer ORG, {@code time} for TIME, {@code hint} for NAME.
 */
public record Mention(Kind kind, int begin, int end, String text, List<Role> roles, Trigger trigger,
                      GazetteerOrg org, TimeMention time, Hint hint) {

    /** What was found. */
    public enum Kind {
        /** A role title from the vocabulary. */
        ROLE,
        /** An event trigger word. */
        TRIGGER,
        /** A well-known organization from the gazetteer. */
        ORG,
        /** A phrase referring back to the organization the article is about ("the company"). */
        ANAPHOR,
        /** A proper name whose kind the context decides. */
        NAME,
        /** A social media handle, "@name". */
        HANDLE,
        /** A personal pronoun. */
        PRONOUN,
        /** A time expression. */
        TIME
    }

    /** What the shape and surroundings of a name suggest it is. */
    public enum Hint {
        PERSON, ORGANIZATION, UNKNOWN,
        /** One capitalized word opening a sentence: a name only if the article names it elsewhere. */
        INITIAL,
        /** After a word that introduces organizations ("at", "chez", "alla"): one, unless it names a known person. */
        ORG_CUE,
        /** After an article ("la Bertolasi Tessuti", "die Hollwede"): an organization, or a place. */
        ORG_ARTICLE
    }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (end < begin) {
            throw new IllegalArgumentException("bad mention span");
        }
    }

    static Mention of(Kind kind, int begin, int end, String text) {
        return new Mention(kind, begin, end, text, null, null, null, null, null);
    }

    static Mention name(int begin, int end, String text, Hint hint) {
        return new Mention(Kind.NAME, begin, end, text, null, null, null, null, hint);
    }

    Mention withHint(Hint newHint) {
        return new Mention(kind, begin, end, text, roles, trigger, org, time, newHint);
    }

    Mention withTime(TimeMention newTime) {
        return new Mention(kind, begin, end, text, roles, trigger, org, newTime, hint);
    }

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }
}
