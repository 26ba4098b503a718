package org.newskg.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol, for tests that need a real browser:
 * load a page, run JavaScript in it, collect its errors, take a screenshot.
 *
 * <p>Chromium is Debian's {@code chromium} package ({@code .ci/run} installs it); a test calls
 * {@link #startOrSkip()}, which skips the test with a message only when no Chromium is installed.
 * Chromium runs with a fresh profile, with every background network feature off and with every
 * host name but the loopback's failing at once: tests talk to this machine only.
 *
 * <pre>
 *   try (HeadlessChromium chrome = HeadlessChromium.startOrSkip()) {
 *       HeadlessChromium.Page page = chrome.open("file:///tmp/page.html");
 *       long bars = page.evaluate("document.querySelectorAll('rect.bar').length").getAsNumber().longValue();
 *   }
 * </pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(40);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Page> pages = new ArrayList<>();

    private HeadlessChromium(Process process, Path profile, int port) {
        this.process = process;
        this.profile = profile;
        this.port = port;
    }

    /** The Chromium on this machine: {@code $CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH. */
    public static Optional<Path> executable() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium, or skips the calling test when it is not installed. */
    public static HeadlessChromium startOrSkip() {
        Optional<Path> exe = executable();
        Assumptions.assumeTrue(exe.isPresent(),
                "chromium is not installed: browser test skipped (install Debian's 'chromium' package; .ci/run does)");
        try {
            return start(exe.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + exe.get(), e);
        }
    }

    /** Starts Chromium headless with a fresh profile and waits for its DevTools endpoint. */
    public static HeadlessChromium start(Path exe) throws IOException {
        Path profile = Files.createTempDirectory("newskg-chromium-");
        List<String> cmd = List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--mute-audio", "--hide-scrollbars",
                // Pages may try other hosts (a UI fetching prefix lists): fail those at once, loopback only.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank");
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IOException("chromium exited with " + p.exitValue() + ": " + tail(log));
                }
                if (Files.isRegularFile(portFile)) {
                    List<String> lines = Files.readAllLines(portFile);
                    if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                        return new HeadlessChromium(p, profile, Integer.parseInt(lines.get(0).strip()));
                    }
                }
                Thread.sleep(100);
            }
            throw new IOException("chromium did not open its DevTools port within " + START_TIMEOUT + ": " + tail(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting chromium", e);
        } catch (IOException | RuntimeException e) {
            stop(p);
            deleteTree(profile);
            throw e;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Opens a new tab on the URL and waits until the document has loaded. */
    public Page open(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/json/new?about:blank"))
                    .PUT(HttpRequest.BodyPublishers.noBody()).timeout(CALL_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("DevTools /json/new answered " + r.statusCode() + ": " + r.body());
            }
            String ws = JSON.parse(r.body()).get("webSocketDebuggerUrl").getAsString().value();
            Page.Listener listener = new Page.Listener();
            Page page = new Page(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(ws), listener).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS), listener);
            pages.add(page);
            page.call("Runtime.enable", b -> { });
            page.call("Log.enable", b -> { });
            page.call("Page.enable", b -> { });
            page.navigate(url);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot connect to the DevTools page", e);
        }
    }

    @Override
    public void close() {
        for (Page p : pages) {
            p.close();
        }
        stop(process);
        deleteTree(profile);
    }

    private static void stop(Process p) {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(h -> {
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        });
    }

    private static String tail(Path log) {
        try {
            String s = Files.exists(log) ? Files.readString(log) : "";
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }

    /** One tab: commands go out over its WebSocket, answers and events come back. */
    public static final class Page {

        private final WebSocket socket;
        private final Listener listener;
        private final AtomicInteger ids = new AtomicInteger();

        private Page(WebSocket socket, Listener listener) {
            this.socket = socket;
            this.listener = listener;
        }

        /**
         * Runs a DevTools command and returns its result.
         *
         * @throws IllegalStateException when the command fails or does not answer in time
         */
        public JsonObject call(String method, Consumer<JsonBuilder> params) {
            int id = ids.incrementAndGet();
            JsonBuilder b = new JsonBuilder();
            b.startObject().pair("id", id).pair("method", method).key("params").startObject();
            params.accept(b);
            b.finishObject().finishObject();
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            listener.pending.put(id, answer);
            socket.sendText(JSON.toStringFlat(b.build()), true);
            try {
                JsonObject r = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (r.hasKey("error")) {
                    throw new IllegalStateException(method + " failed: " + JSON.toStringFlat(r.get("error")));
                }
                return r.get("result").getAsObject();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " interrupted", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException(method + " did not answer within " + CALL_TIMEOUT, e);
            } finally {
                listener.pending.remove(id);
            }
        }

        /** Goes to the URL and waits for the document to finish loading. */
        public void navigate(String url) {
            JsonObject r = call("Page.navigate", b -> b.pair("url", url));
            if (r.hasKey("errorText")) {
                throw new IllegalStateException("cannot load " + url + ": " + r.get("errorText").getAsString().value());
            }
            waitFor("document.readyState === 'complete'", Duration.ofSeconds(20));
        }

        /** Evaluates a JavaScript expression (awaiting a promise) and returns its value as JSON. */
        public JsonValue evaluate(String expression) {
            JsonObject r = call("Runtime.evaluate", b -> b.pair("expression", expression)
                    .pair("returnByValue", true).pair("awaitPromise", true));
            if (r.hasKey("exceptionDetails")) {
                throw new IllegalStateException("script failed: " + expression + ": "
                        + JSON.toStringFlat(r.get("exceptionDetails")));
            }
            JsonObject value = r.get("result").getAsObject();
            return value.hasKey("value") ? value.get("value") : null;
        }

        /** Waits until the expression is true; fails with the expression when it is not within the time. */
        public void waitFor(String expression, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                JsonValue v = evaluate("!!(" + expression + ")");
                if (v != null && v.isBoolean() && v.getAsBoolean().value()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not true within " + timeout + ": " + expression
                            + (errors().isEmpty() ? "" : "; page errors: " + errors()));
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        /** A PNG of the whole page at the given width. */
        public byte[] screenshot(int width) {
            call("Emulation.setDeviceMetricsOverride", b -> b.pair("width", width).pair("height", 800)
                    .pair("deviceScaleFactor", 1).pair("mobile", false));
            long height = Math.max(200, Math.round(evaluate(
                    "Math.ceil(document.documentElement.scrollHeight)").getAsNumber().value().doubleValue()));
            call("Emulation.setDeviceMetricsOverride", b -> b.pair("width", width).pair("height", height)
                    .pair("deviceScaleFactor", 1).pair("mobile", false));
            JsonObject r = call("Page.captureScreenshot", b -> b.pair("format", "png"));
            return Base64.getDecoder().decode(r.get("data").getAsString().value());
        }

        /** Uncaught exceptions, console errors and browser log errors (failed loads, blocked content) so far. */
        public List<String> errors() {
            return List.copyOf(listener.errors);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }

        /** Collects frames into messages; answers go to their waiting call, errors to the list. */
        static final class Listener implements WebSocket.Listener {
            final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
            final List<String> errors = new CopyOnWriteArrayList<>();
            private final StringBuilder message = new StringBuilder();

            @Override
            public void onOpen(WebSocket webSocket) {
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    handle(JSON.parse(text));
                }
                webSocket.request(1);
                return null;
            }

            private void handle(JsonObject m) {
                if (m.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.get(m.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(m);
                    }
                    return;
                }
                String method = m.hasKey("method") ? m.get("method").getAsString().value() : "";
                JsonObject p = m.hasKey("params") ? m.get("params").getAsObject() : new JsonObject();
                switch (method) {
                    case "Runtime.exceptionThrown" -> errors.add("uncaught: " + JSON.toStringFlat(p.get("exceptionDetails")));
                    case "Runtime.consoleAPICalled" -> {
                        if ("error".equals(p.get("type").getAsString().value())) {
                            errors.add("console.error: " + JSON.toStringFlat(p.get("args")));
                        }
                    }
                    case "Log.entryAdded" -> {
                        JsonObject entry = p.get("entry").getAsObject();
                        if ("error".equals(entry.get("level").getAsString().value())) {
                            errors.add("log: " + entry.get("text").getAsString().value()
                                    + (entry.hasKey("url") ? " (" + entry.get("url").getAsString().value() + ")" : ""));
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    /** Values of a JSON array of strings, for reading DOM lists back from {@link Page#evaluate}. */
    public static List<String> strings(JsonValue v) {
        List<String> out = new ArrayList<>();
        JsonArray a = v.getAsArray();
        for (JsonValue x : a) {
            out.add(x.isString() ? x.getAsString().value() : JSON.toStringFlat(x));
        }
        return out;
    }
}
