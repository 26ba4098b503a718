package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --allow-service HOST[,HOST…]}, for the commands that run queries: the hosts SERVICE may call, none by default. */
final class ServiceHostsOption {

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "let SERVICE call these hosts (name or name:port; http and https only); SERVICE is off without it")
    List<String> hosts = new ArrayList<>();

    Set<String> hosts() {
        return Set.copyOf(hosts);
    }
}
