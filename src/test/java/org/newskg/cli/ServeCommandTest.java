package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --allow-update} takes its password only from a file or the environment. */
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
}
