package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether output goes to a person at a terminal or to a file or pipe. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when standard error is a terminal. Java has no isatty; on Linux /proc tells where file
     * descriptor 2 points, elsewhere a console (stdin and stdout both terminals) is the best guess.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
