package org.newskg.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserIdentity;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP basic authentication that slows down password guessing: after {@code failures} wrong
 * passwords from one address, each within {@code lockout} of the one before, that address gets
 * 429 Too Many Requests (with Retry-After) until {@code lockout} has passed since its last wrong
 * password, whatever password it then sends. Other addresses are not affected.
 */
final class ThrottledBasicAuthenticator extends BasicAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledBasicAuthenticator.class);
    /** Beyond this many addresses, those whose last failure is older than the lockout are forgotten. */
    private static final int PRUNE_ABOVE = 1024;

    private record Failures(int count, long lastNanos) {
    }

    private final ServerOptions.Throttle throttle;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    ThrottledBasicAuthenticator(ServerOptions.Throttle throttle) {
        this.throttle = throttle;
    }

    @Override
    public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
        String address = Request.getRemoteAddr(req);
        long waitNanos = lockedFor(address);
        if (waitNanos > 0) {
            res.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(Math.max(1, waitNanos / 1_000_000_000L)));
            return AuthenticationState.writeError(req, res, callback, 429);
        }
        return super.validateRequest(req, res, callback);
    }

    @Override
    public UserIdentity login(String username, Object password, Request request, Response response) {
        UserIdentity user = super.login(username, password, request, response);
        String address = Request.getRemoteAddr(request);
        if (user == null) {
            long now = System.nanoTime();
            Failures f = failures.merge(address, new Failures(1, now), (old, one) ->
                    now - old.lastNanos() > throttle.lockout().toNanos() ? one : new Failures(old.count() + 1, now));
            if (f.count() == throttle.failures()) {
                LOG.warn("{} wrong passwords from {}: refusing it for {}", f.count(), address, throttle.lockout());
            }
            prune(now);
        } else {
            failures.remove(address);
        }
        return user;
    }

    /** How long the address is still locked out, in nanoseconds; 0 when it is not. */
    private long lockedFor(String address) {
        Failures f = failures.get(address);
        if (f == null || f.count() < throttle.failures()) {
            return 0;
        }
        long left = f.lastNanos() + throttle.lockout().toNanos() - System.nanoTime();
        return Math.max(0, left);
    }

    private void prune(long now) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> now - f.lastNanos() > throttle.lockout().toNanos());
        }
    }
}
