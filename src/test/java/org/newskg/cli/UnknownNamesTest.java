package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A name the store does not know gets the same clear answer, with the nearest known names, from every read command. */
class UnknownNamesTest extends ExplainArticlesStore {

    static Stream<Arguments> commands() {
        String html = dir.resolve("page.html").toString();
        return Stream.of(
                Arguments.of(List.of("who", "--org", "Brook Capitl", "--role", "CFO"), "organization 'Brook Capitl'", "Brook Capital"),
                Arguments.of(List.of("timeline", "--org", "Brook Capitl"), "organization 'Brook Capitl'", "Brook Capital"),
                Arguments.of(List.of("timeline", "--org", "Brook Capitl", "--html", html), "organization 'Brook Capitl'", "Brook Capital"),
                Arguments.of(List.of("timeline", "--person", "Marta Quits"), "person 'Marta Quits'", "Marta Quist"),
                Arguments.of(List.of("explain", "--person", "Marta Quits"), "person 'Marta Quits'", "Marta Quist"),
                Arguments.of(List.of("who", "--org", "Brook Capital", "--role", "Chief Financial Oficer"),
                        "role 'Chief Financial Oficer'", "Chief Financial Officer"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void aMisspeltNameIsNamedWithTheNearestKnownOne(List<String> args, String what, String suggestion) {
        String[] all = Stream.concat(args.stream(), Stream.of("--store", store)).toArray(String[]::new);
        Cli.Run r = Cli.run(all);
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("newskg " + args.get(0) + ": no " + what + " in the store; did you mean " + suggestion + "?",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("page.html")), "no page for an unknown name");
    }

    @Test
    void aKnownNameWithNoAnswerIsNoError() {
        Cli.Run r = Cli.run("who", "--store", store, "--org", "brook capital", "--role", "CEO", "--at", "1990-01-01");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void aNameFarFromEveryKnownOneGetsNoGuess() {
        Cli.Run r = Cli.run("who", "--store", store, "--org", "Zzyzx Unlimited", "--role", "CEO");
        assertEquals(1, r.code());
        assertEquals("newskg who: no organization 'Zzyzx Unlimited' in the store (see 'newskg holdings' for the names "
                + "it knows)", r.err().strip());
    }
}
