package org.newskg.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|tsv|csv|json} option of the commands that print rows. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, tsv, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    Tables.Format get() {
        return QueryCommand.format(format);
    }
}
