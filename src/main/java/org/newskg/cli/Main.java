package org.newskg.cli;

import java.io.IOError;
import java.io.PrintWriter;
import java.util.List;
import org.newskg.store.StoreErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code newskg} command line: turns news articles into a knowledge graph of who held which
 * role, where and when, and answers questions about it.
 *
 * <pre>
 *   newskg ingest data/articles
 *   newskg who --org OpenAI --role "Chief Scientist" --at 2024-07-01
 * </pre>
 */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Turns multilingual news articles into an RDF knowledge graph of who held which role, "
                + "at which organization, and when.",
        subcommands = {HelpCommand.class, IngestCommand.class, QueryCommand.class, WhoCommand.class,
                TimelineCommand.class, HoldingsCommand.class, EventsCommand.class, ExportCommand.class,
                ServeCommand.class, PushCommand.class, ValidateCommand.class, EvalCommand.class, ExplainCommand.class,
                TrainCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some inputs failed (the others were stored), or the command failed",
                "2:usage error (bad option, missing store or file)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command (see newskg --help)");
    }

    /** A configured command line, for main and for tests that capture its output. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (InternalError | IOError e) {
                // A full disk under a memory-mapped store file surfaces as an Error: one line, not a trace.
                if (!StoreErrors.isDiskError(e)) {
                    throw e;
                }
                List<CommandLine> commands = parseResult.asCommandLineList();
                throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), String.valueOf(e.getMessage()),
                        new UserException("failed: " + StoreErrors.ioCause(e).orElseThrow(), 1, e));
            }
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("-v") || parseResult.originalArgs().contains("--verbose");
            int code = ex instanceof UserException u ? u.exitCode() : 1;
            String msg = ex instanceof UserException ? ex.getMessage()
                    : StoreErrors.ioCause(ex).map(cause -> "failed: " + cause).orElse("error: " + ex);
            cmd.getErr().println("newskg " + cmd.getCommandName() + ": " + msg);
            if (verbose) {
                ex.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return code;
        });
        return cl;
    }

    public static void main(String[] args) {
        for (String a : args) {
            if (a.equals("-v") || a.equals("--verbose")) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            }
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
