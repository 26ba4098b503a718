package org.newskg.server;

/**
 * Pushing to a remote dataset failed; the message names the URL and, for an HTTP error, the
 * status and a hint. {@link #statusCode()} is -1 when no HTTP response came back.
 */
public final class PushException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int statusCode;

    public PushException(String message, int statusCode, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    public int statusCode() {
        return statusCode;
    }
}
