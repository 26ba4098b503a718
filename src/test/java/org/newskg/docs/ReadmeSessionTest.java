package org.newskg.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;

/**
 * The README's worked sessions are what the commands print today. Each block between
 * {@code <!-- run:NAME -->} and {@code <!-- /run -->} is a console session: its {@code $ ./newskg …}
 * lines are run in order in a fresh store, and what they print (standard output, then standard
 * error) must be what the README shows below them, timings aside. With
 * {@code -Dnewskg.readme.update=true} (the script {@code docs/update-readme}) the README is rewritten
 * with what the commands print instead.
 */
class ReadmeSessionTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- run:([a-z-]+) -->\\n```console\\n)(.*?)(```\\n<!-- /run -->)", Pattern.DOTALL);
    /** Timings change from run to run; the README shows the latest. */
    private static final Pattern TIMING = Pattern.compile("\\d+\\.\\d s \\(\\d+\\.\\d articles/s\\)");
    private static final Pattern HEAD = Pattern.compile("\\s*\\|\\s*head -(\\d+)\\s*$");

    @TempDir
    Path dir;

    @Test
    void theReadmeSessionsShowWhatTheCommandsPrintToday() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(readme);
        StringBuilder updated = new StringBuilder();
        List<String> stale = new ArrayList<>();
        int blocks = 0;
        while (m.find()) {
            blocks++;
            String name = m.group(2);
            String shown = m.group(3);
            String actual = run(name, commands(shown));
            boolean same = mask(actual).equals(mask(shown));
            if (!same) {
                stale.add(name + ":\n--- README shows\n" + shown + "--- the commands print\n" + actual);
            }
            // A session that differs in its timings alone is left as it is: the README does not churn.
            m.appendReplacement(updated, Matcher.quoteReplacement(m.group(1) + (same ? shown : actual) + m.group(4)));
        }
        m.appendTail(updated);
        assertFalse(blocks == 0, "no <!-- run:NAME --> blocks in the README");
        if (Boolean.getBoolean("newskg.readme.update")) {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
            return;
        }
        if (!stale.isEmpty()) {
            throw new AssertionError("README.md shows output the commands no longer print. Run docs/update-readme "
                    + "to regenerate it (see the README's Tests section), then review the diff.\n\n"
                    + String.join("\n", stale));
        }
    }

    private static String mask(String s) {
        return TIMING.matcher(s).replaceAll("N s (N articles/s)");
    }

    /** The command lines of a shown session: the lines starting with "$ ". */
    private static List<String> commands(String shown) {
        return shown.lines().filter(l -> l.startsWith("$ ")).map(l -> l.substring(2)).toList();
    }

    /** Runs the session's commands in order, in a fresh store of its own, and renders it as the README shows it. */
    private String run(String name, List<String> commands) throws IOException {
        Path work = Files.createDirectories(dir.resolve(name));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < commands.size(); i++) {
            String line = commands.get(i);
            if (i > 0) {
                out.append('\n');
            }
            out.append("$ ").append(line).append('\n');
            String command = line;
            int head = -1;
            Matcher h = HEAD.matcher(command);
            if (h.find()) {
                head = Integer.parseInt(h.group(1));
                command = command.substring(0, h.start());
            }
            List<String> words = Shell.words(command);
            if (words.isEmpty() || !words.get(0).equals("./newskg")) {
                throw new IllegalArgumentException("a README session runs ./newskg only: " + line);
            }
            List<String> args = new ArrayList<>(words.subList(1, words.size()));
            // The session's own store, and files it writes, in a folder of its own.
            args.add(1, "--store");
            args.add(2, work.resolve("store").toString());
            for (int a = 0; a < args.size() - 1; a++) {
                if (args.get(a).equals("--out") || args.get(a).equals("--html")) {
                    args.set(a + 1, work.resolve(args.get(a + 1)).toString());
                }
            }
            StringWriter so = new StringWriter();
            StringWriter se = new StringWriter();
            Main.commandLine(new PrintWriter(so, true), new PrintWriter(se, true)).execute(args.toArray(String[]::new));
            String printed = so.toString();
            if (head >= 0) {
                printed = String.join("\n", printed.lines().limit(head).toList()) + (printed.isEmpty() ? "" : "\n");
            }
            String text = (printed + se).replace(work.toString() + "/", "");
            out.append(text);
        }
        return out.toString();
    }

    /** Splits a command line into words as a POSIX shell would for the quoting READMEs use. */
    static final class Shell {
        private Shell() {
        }

        static List<String> words(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder w = new StringBuilder();
            boolean inWord = false;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        w.append(c);
                    }
                } else if (c == '#' && !inWord) {
                    break; // a comment, as in "$ ./newskg ingest dir    # what it is"
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        words.add(w.toString());
                        w.setLength(0);
                        inWord = false;
                    }
                } else {
                    w.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(w.toString());
            }
            return words;
        }
    }
}
