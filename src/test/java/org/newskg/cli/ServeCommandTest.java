package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.Iris;
import org.newskg.store.KnowledgeStore;

/**
 * {@code serve --allow-update} takes its password only from a file or the environment; LOAD hosts
 * need updates; a server reachable from other machines says so when it starts.
 */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void updatesWithoutAPasswordAreAUsageError() {
        Cli.Run r = Cli.run("serve", "--store", dir.toString(), "--allow-update");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--allow-update needs a password"), r.err());
    }

    @Test
    void aPasswordOnTheCommandLineIsNotAccepted() {
        Cli.Run r = Cli.run("serve", "--store", dir.toString(), "--allow-update", "--password", "pw-on-argv");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown option '--password'"), r.err());
    }

    @Test
    void aMissingPasswordFileOrVariableIsNamed() {
        Path missing = dir.resolve("no-such-file");
        Cli.Run file = Cli.run("serve", "--store", dir.toString(), "--allow-update", "--password-file", missing.toString());
        assertEquals(2, file.code());
        assertTrue(file.err().contains("cannot read password file " + missing), file.err());
        Cli.Run env = Cli.run("serve", "--store", dir.toString(), "--allow-update", "--password-env",
                "NEWSKG_TEST_VARIABLE_THAT_IS_NOT_SET");
        assertEquals(2, env.code());
        assertTrue(env.err().contains("NEWSKG_TEST_VARIABLE_THAT_IS_NOT_SET is not set"), env.err());
    }

    @Test
    void loadHostsWithoutUpdatesAreAUsageError() {
        Cli.Run r = Cli.run("serve", "--store", dir.toString(), "--allow-load", "example.org");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--allow-load needs --allow-update"), r.err());
    }

    @Test
    void listeningOnEveryInterfaceIsSaidWhenTheServerStarts() throws Exception {
        Path store = dir.resolve("store");
        KnowledgeStore.open(store, Iris.standard()).close();
        Path password = Files.writeString(dir.resolve("pw"), "pw-exposed-31");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--host", "0.0.0.0", "--port", "0", "--allow-update",
                "--password-file", password.toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                lines.add(l);
                if (l.startsWith("newskg: serving")) {
                    break;
                }
            }
        } finally {
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(lines.contains("newskg serve: warning: listening on every network interface (0.0.0.0): anyone who "
                + "can reach this machine on port 0 can query the store"), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("the admin password crosses the network unencrypted")),
                String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(l -> l.contains("pw-exposed-31")), "the password was printed");
    }

    @Test
    void noWarningOnLoopback() {
        assertTrue(ServeCommand.exposure(org.newskg.server.ServerOptions.defaults()).isEmpty());
        assertEquals(1, ServeCommand.exposure(org.newskg.server.ServerOptions.defaults().withHost("192.0.2.7")).size());
    }
}
