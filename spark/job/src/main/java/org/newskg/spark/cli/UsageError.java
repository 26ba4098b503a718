package org.newskg.spark.cli;

/** An expected failure: printed as its message alone (a stack trace only with --verbose). */
final class UsageError extends RuntimeException {

    private final int exitCode;

    UsageError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
