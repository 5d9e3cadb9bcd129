package org.sitrep.cli;

import org.sitrep.store.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sitrep command line. Sub-commands do the work; this class only routes and maps failures to exit codes. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Conflict reports in, geocoded ACLED-compatible events out.",
        subcommands = {ExtractCommand.class, AnnotateCommand.class, TextCommand.class, IngestCommand.class, WatchCommand.class,
                ExportCommand.class, ShowCommand.class, EventCommand.class, ServeCommand.class, DemoCommand.class, EvalCommand.class,
                BenchCommand.class, BackfillCommand.class, CommandLine.HelpCommand.class})
public final class Sitrep {

    /** Exit code when an input could not be read (missing, binary, malformed). */
    static final int INPUT_ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Sitrep());
        // a user's mistake or a bad input gets one clear line, never a stack trace
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof InputException || ex instanceof NotFoundException ? INPUT_ERROR : 1;
        });
        return cli;
    }
}
