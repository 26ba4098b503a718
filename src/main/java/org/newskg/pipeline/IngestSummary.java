package org.newskg.pipeline;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did: files seen, articles read (more than files when a JSON Lines corpus holds
 * many), articles added, replaced or unchanged, problems (one line each, naming the file and, in a
 * corpus, the line), facts and triples, time taken; and notes, such as inputs that claimed one
 * article id and were given ids of their own, which change no exit code.
 */
public record IngestSummary(int files, int articles, int added, int replaced, int unchanged, List<String> problems,
                            List<String> warnings, int holdings, int events, long triples, Duration elapsed,
                            List<String> notes) {

    public IngestSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** Inputs that could not be read: these make the exit code 1 (articles without facts do not). */
    public int failed() {
        return problems.size();
    }

    public String render() {
        double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
        String read = articles == files ? files + " files" : files + " files, " + articles + " articles";
        return String.format(
                "%s: %d added, %d replaced, %d unchanged, %d failed, %d with no facts%n"
                        + "%d holdings, %d events; store holds %d triples; %.1f s (%.1f articles/s)",
                read, added, replaced, unchanged, problems.size(), warnings.size(), holdings, events, triples,
                secs, articles / secs);
    }

    /** The summary of a {@code --dry-run}: what was extracted, nothing stored. */
    public String renderDryRun() {
        double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return String.format(
                "%d files: %d extracted, %d failed, %d with no facts (dry run: nothing stored)%n"
                        + "%d holdings, %d events; %d triples in the article graphs; %.1f s (%.1f articles/s)",
                files, added, problems.size(), warnings.size(), holdings, events, triples, secs, files / secs);
    }
}
