package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.examples.ExamplesCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code socialhealth} command-line tool: the top command, which only lists its sub-commands.
 *
 * <p>Run it with {@code java -jar examples/target/socialhealth.jar <command> [options]}; see
 * {@code docs/cli.md}. Every command has {@code --help}, {@code --version} and {@code --lang fr|nl|en};
 * exit codes are the {@link ExitCodes}, which the top command's {@code --help} lists.
 *
 * <p>To add a sub-command, write a {@link SocialHealthCommand} and add its class to the
 * {@code subcommands} list below (one line).
 */
@Command(
    name = "socialhealth",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = "The Brussels social-health model on the command line.",
    // The exit codes come before this footer, set by commandLine() from ExitCodes.descriptions().
    footer = {"", "Guide: docs/cli.md"},
    subcommands = {
      DemoCommand.class,
      DirectoryCommand.class,
      OrientCommand.class,
      EventsCommand.class,
      HelpdeskCommand.class,
      ImportCommand.class,
      ValidateCommand.class,
      TerritoryCommand.class,
    })
public final class SocialHealthCli implements Runnable {
  /**
   * Hibernate Validator announces its version through java.util.logging; the tool keeps its output clean.
   * Held in a field because java.util.logging keeps loggers only weakly.
   */
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  @Mixin
  LanguageOption lang;

  @Spec
  CommandSpec spec;

  /** Creates the top command; picocli and {@link #commandLine()} call this. */
  public SocialHealthCli() {}

  /**
   * Runs the tool and exits the JVM with the command's exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    // ical4j and the schema validator log through SLF4J; without a provider SLF4J warns on every run.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    Charset charset = consoleCharset();
    CommandLine commandLine = commandLine()
        .setOut(new PrintWriter(new OutputStreamWriter(System.out, charset), true))
        .setErr(new PrintWriter(new OutputStreamWriter(System.err, charset), true));
    System.exit(commandLine.execute(args));
  }

  /**
   * Creates the configured command line: sub-commands, exit codes and error messages in the user's
   * language. Tests call this and {@link CommandLine#execute(String...)} in-process, after setting the
   * output with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @return a new command line, never null
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SocialHealthCli());
    commandLine.setExecutionExceptionHandler(SocialHealthCli::handleExecutionException);
    commandLine.setParameterExceptionHandler(SocialHealthCli::handleParameterException);
    commandLine.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodeList());
    return commandLine;
  }

  /** The exit codes for {@code --help}, from {@link ExitCodes#descriptions()}, codes right-aligned. */
  private static Map<String, String> exitCodeList() {
    int width = ExitCodes.descriptions().keySet().stream()
        .mapToInt(code -> String.valueOf(code).length()).max().orElse(1);
    Map<String, String> list = new LinkedHashMap<>();
    ExitCodes.descriptions().forEach((code, meaning) -> list.put(String.format("%" + width + "d", code), meaning));
    return list;
  }

  /** Without a sub-command: prints the usage on the error output. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  private static int handleParameterException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    Language language = LanguageOption.resolve(cli.getCommandSpec());
    PrintWriter err = cli.getErr();
    err.println(Messages.render(ExamplesCodes.CLI_USAGE, ex.getMessage()).get(language));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(Messages.render(ExamplesCodes.CLI_USAGE_HINT, cli.getCommandSpec().qualifiedName())
        .get(language));
    return ExitCodes.USAGE;
  }

  private static int handleExecutionException(
      Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
    Language language = LanguageOption.resolve(cli.getCommandSpec());
    PrintWriter err = cli.getErr();
    if (ex instanceof InvalidValueException) {
      InvalidValueException invalid = (InvalidValueException) ex;
      err.println(Messages.render(ExamplesCodes.CLI_INVALID_VALUE, invalid.getInput(), invalid.getCode(),
          invalid.getLocalizedMessages().get(language)).get(language));
      return ExitCodes.USAGE;
    }
    if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      err.println(Messages.render(ExamplesCodes.CLI_IO, "", String.valueOf(ex.getMessage())).get(language));
      return ExitCodes.IO;
    }
    ex.printStackTrace(err);
    err.println(Messages.render(ExamplesCodes.CLI_FAILED, ex).get(language));
    return ExitCodes.SOFTWARE;
  }

  /**
   * The charset of the console: the JVM's {@code stdout.encoding} when set (Java 19+), else the default
   * charset, except that a plain ASCII default (a bare POSIX locale) is replaced by UTF-8 so that French
   * and Dutch accents survive.
   */
  private static Charset consoleCharset() {
    String declared = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    if (declared != null && Charset.isSupported(declared)) {
      return Charset.forName(declared);
    }
    Charset charset = Charset.defaultCharset();
    return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
  }

  /**
   * Prints the version of the tool for {@code --version}, from the build's {@code version.properties}.
   * Stateless and thread-safe.
   */
  public static final class Version implements IVersionProvider {
    /** Creates the provider; picocli calls this. */
    public Version() {}

    /**
     * Returns the version lines.
     *
     * @return the lines: tool and version, then the Java runtime
     */
    @Override
    public String[] getVersion() {
      return new String[] {
        "socialhealth " + version(),
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
      };
    }

    /**
     * Returns the project version the tool was built from.
     *
     * @return the version, for example {@code 0.1.0-SNAPSHOT}; {@code unknown} if not recorded
     */
    public static String version() {
      try (InputStream in = SocialHealthCli.class.getResourceAsStream(
          "/brussels/socialhealth/examples/version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
