package org.newskg.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** A user and password for HTTP basic auth on a remote Fuseki; {@link #toString()} hides the password. */
public record PushCredentials(String user, String password) {

    public PushCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("user must not be blank");
        }
        if (user.contains(":")) {
            throw new IllegalArgumentException("a basic-auth user name cannot contain ':'");
        }
    }

    /** The value of the {@code Authorization} header. */
    String basicAuthorization() {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    @Override
    public String toString() {
        return "PushCredentials[user=" + user + ", password=****]";
    }
}
