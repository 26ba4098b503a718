package org.newskg.spark.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The command line of newskg-spark.jar: newskg's ingest as a Spark job, and the load of its output
 * into a store that every newskg command reads.
 *
 * <pre>
 *   spark-submit --master yarn newskg-spark.jar run --out hdfs:///kg/run1 s3a://archive/news/
 *   java -jar newskg-spark.jar load --store store out/
 * </pre>
 */
@Command(name = "newskg-spark", mixinStandardHelpOptions = true, version = "newskg-spark 0.1.0",
        description = "newskg's ingest as an Apache Spark job, writing N-Quads; and their load into a newskg store.",
        subcommands = {HelpCommand.class, RunCommand.class, LoadCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some inputs failed (the others were written), or the command failed",
                "2:usage error (bad option, output folder exists, store not empty)"})
public final class SparkMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see newskg-spark --help)");
    }

    /** A configured command line, for main and for tests that capture its output. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SparkMain());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("-v") || parseResult.originalArgs().contains("--verbose");
            int code = ex instanceof UsageError u ? u.exitCode() : 1;
            cmd.getErr().println("newskg-spark " + cmd.getCommandName() + ": "
                    + (ex instanceof UsageError ? ex.getMessage() : "error: " + ex));
            if (verbose) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return code;
        });
        return cl;
    }

    public static void main(String[] args) {
        quietWithoutLoggingBackend();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        // On YARN in cluster mode, an exit before the application reports its status marks it failed:
        // exit only to say something went wrong.
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Spark brings a logging backend (log4j); {@code java -jar newskg-spark.jar load} runs without
     * one, where SLF4J would warn that it has none: there, it logs nothing.
     */
    private static void quietWithoutLoggingBackend() {
        if (System.getProperty("slf4j.provider") != null) {
            return;
        }
        try {
            Class.forName("org.apache.logging.slf4j.SLF4JServiceProvider", false, SparkMain.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOPServiceProvider");
        }
    }
}
