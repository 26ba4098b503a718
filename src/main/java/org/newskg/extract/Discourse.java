package org.newskg.extract;

import java.util.List;
import org.newskg.time.TimeMention;
import org.newskg.time.TimeValue;

/**
 * What the article has said so far that the next sentence may lean on: the person named last (and
 * everyone the last sentence that named people named, for "they"), who is speaking, whom a pronoun
 * stands for in the sentence at hand, the time the paragraph opened with and the one the last
 * sentence told of, the point in time named last (for "at the time"), and the holdings of the
 * sentence before.
 *
 * @param referent whom a personal pronoun of the current sentence stands for: the speaker where the
 *                 sentence says "I", else the person named last
 */
record Discourse(String lastPerson, List<String> lastPersons, String speaker, String referent, TimeMention topic,
                 TimeMention recent, TimeValue told, List<Holding> previous) {

    /** Before the first sentence. */
    static final Discourse START = new Discourse(null, List.of(), null, null, null, null, null, List.of());

    Discourse {
        lastPersons = List.copyOf(lastPersons);
        previous = List.copyOf(previous);
    }

    /** A new paragraph starts a new topic: its times are forgotten. */
    Discourse newParagraph() {
        return new Discourse(lastPerson, lastPersons, speaker, referent, null, null, told, previous);
    }

    /** With the point in time the text named last. */
    Discourse told(TimeValue t) {
        return new Discourse(lastPerson, lastPersons, speaker, referent, topic, recent, t, previous);
    }

    /**
     * Who speaks in the sentence at hand ({@code said}, or the speaker so far), and so whom its
     * pronouns stand for: "« Je prends un congé », a écrit Paul Morin".
     */
    Discourse hearing(String said, boolean saysI) {
        String s = said != null ? said : speaker;
        return new Discourse(lastPerson, lastPersons, s, saysI ? s : lastPerson, topic, recent, told, previous);
    }

    /**
     * "…a évincé Paul Morin en janvier. Ils ont été réintégrés quelques jours plus tard": with no time of
     * its own, a sentence goes on in the time the sentence before it told of, else the paragraph's.
     */
    TimeMention time() {
        return recent != null ? recent : topic;
    }

    /**
     * After a sentence: the time it opened with becomes the topic, its last point in time the recent
     * one, its holdings the previous ones, and the people it named the last ones.
     */
    Discourse after(TimeMention opening, TimeMention last, List<Holding> holdings, String lastNamed, List<String> named) {
        return new Discourse(lastNamed != null ? lastNamed : lastPerson, named.isEmpty() ? lastPersons : named, speaker,
                referent, opening != null ? opening : topic, last, told, holdings);
    }
}
