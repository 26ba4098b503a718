package org.newskg.server;

/** The SPARQL server could not start, for example because its port is taken; the message says which. */
public final class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
