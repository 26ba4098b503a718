package org.newskg.cli;

/** An expected failure: printed as its message alone (a stack trace only with --verbose). */
final class UserException extends RuntimeException {

    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    UserException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
