package org.newskg.cli;

import java.io.IOError;
import java.io.PrintWriter;
import java.util.ArrayList;
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
        cl.setParameterExceptionHandler(Main::usageError);
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

    /**
     * A usage error names what is wrong first. Picocli reports a missing required option before an
     * unknown one, so "--orgg X" would read "Missing required option '--org'": the unknown option,
     * with the nearest known ones, is the more useful line.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        List<String> unknown = new ArrayList<>();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            unknown.addAll(u.getUnmatched());
        } else if (cmd.getParseResult() != null) {
            unknown.addAll(cmd.getParseResult().unmatched());
        }
        List<String> options = unknown.stream().filter(a -> a.startsWith("-") && !a.equals("-")).toList();
        String name = "newskg" + (cmd.getCommandSpec().parent() == null ? "" : " " + cmd.getCommandName());
        if (!options.isEmpty()) {
            for (String o : options) {
                String bare = o.contains("=") ? o.substring(0, o.indexOf('=')) : o;
                List<String> near = new CommandLine.UnmatchedArgumentException(cmd, List.of(bare)).getSuggestions();
                err.println(name + ": unknown option '" + bare + "'"
                        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?"));
            }
        } else {
            err.println(name + ": " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                List<String> near = u.getSuggestions();
                if (!near.isEmpty()) {
                    err.println("did you mean " + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?");
                }
            }
        }
        err.println("see '" + name + " --help'");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
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
