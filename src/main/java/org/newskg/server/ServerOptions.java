package org.newskg.server;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newskg.query.RemoteAccess;

/**
 * How {@link SparqlServer} listens and what it allows: interface and port, whether SPARQL Update
 * is enabled (then only for user {@value #ADMIN_USER} with {@code password}), the query timeout,
 * the cap on result rows and the one on the triples one graph store read returns (each {@code 0}
 * = no cap: the second is far higher, as commands read a served store whole that way), the largest
 * query or update accepted, the hosts {@code SERVICE} and {@code LOAD} may reach (none by
 * default), and how many wrong passwords from one address lock it out for how long.
 *
 * <pre>
 *   ServerOptions opts = ServerOptions.defaults().withPort(0).withUpdate(password);
 * </pre>
 */
public record ServerOptions(String host, int port, boolean allowUpdate, String password,
                            Duration queryTimeout, long resultLimit, long maxGraphTriples, long maxRequestBytes,
                            Set<String> serviceHosts, Set<String> loadHosts, Throttle loginThrottle) {

    /**
     * After {@code failures} wrong passwords from one address within {@code lockout}, that address
     * is refused (HTTP 429) until {@code lockout} has passed since its last failure.
     */
    public record Throttle(int failures, Duration lockout) {
        public Throttle {
            if (failures < 1) {
                throw new IllegalArgumentException("failures before a lockout must be at least 1, got " + failures);
            }
            Objects.requireNonNull(lockout, "lockout");
            if (lockout.isNegative() || lockout.isZero()) {
                throw new IllegalArgumentException("the lockout must be positive, got " + lockout);
            }
        }
    }

    /** The only user allowed to update, when updates are enabled. */
    public static final String ADMIN_USER = "admin";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_RESULT_LIMIT = 100_000;
    /** A large newsroom store read whole, as the commands reading through a running server do. */
    public static final long DEFAULT_MAX_GRAPH_TRIPLES = 10_000_000;
    /** Far above any query written by hand or by the ready queries; parsing stays well inside the timeout. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;
    public static final Throttle DEFAULT_THROTTLE = new Throttle(5, Duration.ofMinutes(1));

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        host = host.strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("host must not be empty (use 127.0.0.1 for this machine only)");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535 (0 = any free port), got " + port);
        }
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (allowUpdate && password == null) {
            throw new IllegalArgumentException(
                    "updates were enabled without a password: give a password for user '" + ADMIN_USER
                            + "', or serve read-only");
        }
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, got " + queryTimeout);
        }
        if (resultLimit < 0) {
            throw new IllegalArgumentException("result limit must be 0 (no limit) or positive, got " + resultLimit);
        }
        if (maxGraphTriples < 0) {
            throw new IllegalArgumentException("graph read limit must be 0 (no limit) or positive, got " + maxGraphTriples);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the largest query must be at least 1 byte, got " + maxRequestBytes);
        }
        serviceHosts = RemoteAccess.normalized(serviceHosts);
        loadHosts = RemoteAccess.normalized(loadHosts);
        if (!loadHosts.isEmpty() && !allowUpdate) {
            throw new IllegalArgumentException("LOAD is an update: hosts for LOAD need updates enabled");
        }
        Objects.requireNonNull(loginThrottle, "loginThrottle");
    }

    /**
     * Loopback interface, port 3030, read-only, 30 s query timeout, at most 100000 result rows,
     * queries up to 256 KiB, no SERVICE or LOAD, five wrong passwords lock an address out for a minute.
     */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, false, null, DEFAULT_QUERY_TIMEOUT,
                DEFAULT_RESULT_LIMIT, DEFAULT_MAX_GRAPH_TRIPLES, DEFAULT_MAX_REQUEST_BYTES, Set.of(), Set.of(), DEFAULT_THROTTLE);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, allowUpdate, password, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, loadHosts, loginThrottle);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, allowUpdate, password, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, loadHosts, loginThrottle);
    }

    /** Enables SPARQL Update at {@code /newskg/update} for user {@value #ADMIN_USER} with this password. */
    public ServerOptions withUpdate(String adminPassword) {
        return new ServerOptions(host, port, true, adminPassword, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, loadHosts, loginThrottle);
    }

    public ServerOptions readOnly() {
        return new ServerOptions(host, port, false, null, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, Set.of(), loginThrottle);
    }

    public ServerOptions withQueryTimeout(Duration timeout) {
        return new ServerOptions(host, port, allowUpdate, password, timeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, loadHosts, loginThrottle);
    }

    public ServerOptions withResultLimit(long limit) {
        return new ServerOptions(host, port, allowUpdate, password, queryTimeout, limit, maxGraphTriples,
                maxRequestBytes, serviceHosts, loadHosts, loginThrottle);
    }

    /** The most triples one graph store read returns ({@code 0}: no limit). */
    public ServerOptions withMaxGraphTriples(long triples) {
        return new ServerOptions(host, port, allowUpdate, password, queryTimeout, resultLimit, triples,
                maxRequestBytes, serviceHosts, loadHosts, loginThrottle);
    }

    /** The largest query (or update) accepted, in bytes. */
    public ServerOptions withMaxRequestBytes(long bytes) {
        return new ServerOptions(host, port, allowUpdate, password, queryTimeout, resultLimit, maxGraphTriples,
                bytes, serviceHosts, loadHosts, loginThrottle);
    }

    /** Hosts that SERVICE may call (none: SERVICE refused). */
    public ServerOptions withServiceHosts(Set<String> hosts) {
        return new ServerOptions(host, port, allowUpdate, password, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, hosts, loadHosts, loginThrottle);
    }

    /** Hosts that LOAD may read from (none: LOAD refused); needs updates enabled. */
    public ServerOptions withLoadHosts(Set<String> hosts) {
        return new ServerOptions(host, port, allowUpdate, password, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, hosts, loginThrottle);
    }

    public ServerOptions withLoginThrottle(Throttle throttle) {
        return new ServerOptions(host, port, allowUpdate, password, queryTimeout, resultLimit, maxGraphTriples,
                maxRequestBytes, serviceHosts, loadHosts, throttle);
    }

    /** True when the host is the wildcard address: every interface, reachable from other machines. */
    public boolean isWildcard() {
        String h = unbracketed(host);
        return h.equals("0.0.0.0") || h.equals("::") || h.equals("0:0:0:0:0:0:0:0");
    }

    /** True when the host names the loopback interface, so nothing outside this machine can connect. */
    public boolean isLoopback() {
        String h = unbracketed(host).toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    /** The host as it goes into a URL: IPv6 literals bracketed, the wildcard address replaced by loopback. */
    String urlHost() {
        String h = unbracketed(host);
        if (h.equals("0.0.0.0") || h.equals("::")) {
            return DEFAULT_HOST;
        }
        return h.contains(":") ? "[" + h + "]" : h;
    }

    /** The host as Jetty binds it: IPv6 literals without brackets. */
    String bindHost() {
        return unbracketed(host);
    }

    private static String unbracketed(String h) {
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }

    /** Never shows the password: options end up in logs and error messages. */
    @Override
    public String toString() {
        return "ServerOptions[host=" + host + ", port=" + port + ", allowUpdate=" + allowUpdate
                + ", password=" + (password == null ? "none" : "****") + ", queryTimeout=" + queryTimeout
                + ", resultLimit=" + (resultLimit == 0 ? "none" : resultLimit) + ", maxGraphTriples=" + maxGraphTriples
                + ", maxRequestBytes=" + maxRequestBytes
                + ", serviceHosts=" + serviceHosts + ", loadHosts=" + loadHosts + ", loginThrottle=" + loginThrottle + "]";
    }
}
