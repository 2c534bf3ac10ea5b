package org.reeltrace.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code reeltrace} command line: results go to stdout, errors to stderr; exit code 0 on success,
 * 1 on failure, 2 on a usage error.
 */
@Command(
    name = "reeltrace",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Traces short social videos back to where they came from.",
    subcommands = {
      IngestCommand.class,
      StatsCommand.class,
      DemoCommand.class,
      AnalyzeCommand.class,
      SearchCommand.class,
      SignalsCommand.class,
      MatchCommand.class,
      CatalogCommand.class,
      SoundtrackCommand.class,
      PdqCommand.class,
      VpdqCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ReelTrace implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given output streams and returns its exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ReelTrace());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new OneLineFailure());
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
