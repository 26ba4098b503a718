package org.newskg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a password from a file or an environment variable: never from the command line. */
final class Secrets {

    private Secrets() {
    }

    static String read(Path file, String envVar) {
        if (file != null) {
            try {
                String s = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (s.isEmpty()) {
                    throw new UserException("password file " + file + " is empty", 2);
                }
                return s;
            } catch (IOException e) {
                throw new UserException("cannot read password file " + file + ": " + e.getMessage(), 2);
            }
        }
        if (envVar != null) {
            String s = System.getenv(envVar);
            if (s == null || s.isBlank()) {
                throw new UserException("environment variable " + envVar + " is not set", 2);
            }
            return s.strip();
        }
        return null;
    }
}
