package brussels.socialhealth.examples.cli;

import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCase;
import brussels.socialhealth.events.HelpdeskCasesDocument;
import brussels.socialhealth.events.HelpdeskReportCsv;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.sample.SampleHelpdesk;
import brussels.socialhealth.territory.TerritoryRef;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import tools.jackson.core.JacksonException;

/**
 * {@code socialhealth helpdesk}: the helpdesk of the bassins. Sub-commands:
 *
 * <ul>
 *   <li>{@code report}: the activity report of a bassin over a period, in JSON or CSV;
 *   <li>{@code sample}: writes fictional helpdesk cases (seeded, deterministic) as a cases document.
 * </ul>
 *
 * <p>Cases come from {@code --input} (a cases document, see {@code docs/helpdesk.md}) or, by default,
 * the 320 fictional cases of 2024. Mutable (picocli sets the options).
 */
@Command(
    name = "helpdesk",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = "The helpdesk of the bassins: activity report and fictional cases.",
    subcommands = {HelpdeskCommand.Report.class, HelpdeskCommand.Sample.class})
public final class HelpdeskCommand extends SocialHealthCommand {

  /** Creates the command; picocli calls this. */
  public HelpdeskCommand() {}

  /** Without a sub-command: prints the usage and fails with the usage exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(err());
    throw new ParameterException(spec.commandLine(), "Missing command: report or sample");
  }

  /** The output formats of the report. */
  public enum Format {
    /** The report as JSON (the {@link HelpdeskActivityReport} document). */
    json,
    /** The report as CSV, one figure per row ({@link HelpdeskReportCsv}). */
    csv
  }

  /** {@code socialhealth helpdesk report}. Mutable (picocli sets the options). */
  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      versionProvider = SocialHealthCli.Version.class,
      description = {
        "The activity report of a bassin's helpdesk over a period: cases by month, channel, status, theme,",
        "public, requester sector and place; time to first orientation (median, 90th percentile);",
        "orientation outcomes; unmet needs ranked. Writes to standard output unless --output is given."
      })
  public static final class Report extends SocialHealthCommand {
    @Option(names = "--bassin", required = true, paramLabel = "<bassin>", converter = EventsCommand.BassinConverter.class,
        description = "The bassin, e.g. SUD_EST or bassin:SUD_EST.")
    TerritoryRef bassin;

    @Option(names = "--from", required = true, paramLabel = "<yyyy-mm-dd>", description = "The first day of the period.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "<yyyy-mm-dd>",
        description = "The last day of the period (included).")
    LocalDate to;

    @Option(names = "--input", paramLabel = "<cases.json>",
        description = "A helpdesk cases document (default: the 320 fictional cases of 2024).")
    Path input;

    @Option(names = "--format", paramLabel = "json|csv", description = "json (default) or csv.")
    Format format = Format.json;

    @Option(names = "--output", paramLabel = "<file>", description = "Where to write (default: standard output).")
    Path output;

    /** Creates the command; picocli calls this. */
    public Report() {}

    @Override
    public Integer call() {
      List<HelpdeskCase> cases;
      try {
        cases = input == null ? SampleHelpdesk.year2024()
            : EventsCommand.readJson(input, HelpdeskCasesDocument.class).getCases();
      } catch (JacksonException e) {
        err().println(message(ExamplesCodes.EVENTS_INPUT_INVALID, input, e.getOriginalMessage()));
        return ExitCodes.INVALID_DATA;
      }
      HelpdeskActivityReport report = HelpdeskActivityReport.of(bassin, from, to, cases);
      String text = format == Format.csv ? HelpdeskReportCsv.write(report) : ExampleJson.pretty(report) + "\n";
      if (output == null) {
        out().print(text);
      } else {
        EventsCommand.write(output, text);
        println(ExamplesCodes.HELPDESK_REPORT_WRITTEN, bassin, from, to, report.getCaseCount(), output);
      }
      out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code socialhealth helpdesk sample}. Mutable (picocli sets the options). */
  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      versionProvider = SocialHealthCli.Version.class,
      description = {
        "Writes fictional helpdesk cases as a cases document (JSON). The same seed gives the same cases.",
        "Writes to standard output unless --output is given."
      })
  public static final class Sample extends SocialHealthCommand {
    @Option(names = "--count", paramLabel = "<n>", description = "How many cases (default: 320).")
    int count = SampleHelpdesk.YEAR_2024_CASES;

    @Option(names = "--seed", paramLabel = "<n>", description = "The seed (default: 20240101).")
    long seed = SampleHelpdesk.SEED;

    @Option(names = "--from", paramLabel = "<yyyy-mm-dd>", description = "First day (default: 2024-01-01).")
    LocalDate from = LocalDate.of(2024, 1, 1);

    @Option(names = "--to", paramLabel = "<yyyy-mm-dd>", description = "Last day (default: 2024-12-31).")
    LocalDate to = LocalDate.of(2024, 12, 31);

    @Option(names = "--output", paramLabel = "<cases.json>", description = "Where to write (default: standard output).")
    Path output;

    /** Creates the command; picocli calls this. */
    public Sample() {}

    @Override
    public Integer call() {
      if (count < 0 || to.isBefore(from)) {
        throw new ParameterException(spec.commandLine(), "--count must be 0 or more and --to not before --from");
      }
      List<HelpdeskCase> cases = SampleHelpdesk.generate(count, seed, from, to);
      String json = ExampleJson.pretty(HelpdeskCasesDocument.of(cases)) + "\n";
      if (output == null) {
        out().print(json);
      } else {
        EventsCommand.write(output, json);
        println(ExamplesCodes.HELPDESK_SAMPLE_WRITTEN, cases.size(), output);
      }
      out().flush();
      return ExitCodes.OK;
    }
  }
}
