package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.events.Event;
import brussels.socialhealth.events.EventsDocument;
import brussels.socialhealth.events.OpenHouseRules;
import brussels.socialhealth.events.OpenHouseWeek;
import brussels.socialhealth.events.ical.ICalendarExporter;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.sample.SampleEvents;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import tools.jackson.core.JacksonException;

/**
 * {@code socialhealth events}: the events of the bassins. Sub-commands:
 *
 * <ul>
 *   <li>{@code ics}: exports events to iCalendar (RFC 5545), for agenda sites and calendar applications;
 *   <li>{@code check}: checks the rules of every open-house week (registration windows, capacity, double
 *       bookings) and prints the violations in the user's language.
 * </ul>
 *
 * <p>Both read an events document ({@code --input}, JSON as in {@code docs/events.md}), or the fictional
 * sample of the examples module when no input is given. Mutable (picocli sets the options).
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = "Events of the bassins: iCalendar export and open-house week checks.",
    subcommands = {EventsCommand.Ics.class, EventsCommand.Check.class})
public final class EventsCommand extends SocialHealthCommand {

  /** Creates the command; picocli calls this. */
  public EventsCommand() {}

  /** Without a sub-command: prints the usage and fails with the usage exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(err());
    throw new ParameterException(spec.commandLine(), "Missing command: ics or check");
  }

  /** {@code socialhealth events ics}. Mutable (picocli sets the options). */
  @Command(
      name = "ics",
      mixinStandardHelpOptions = true,
      versionProvider = SocialHealthCli.Version.class,
      description = {
        "Exports events to iCalendar (RFC 5545): one VEVENT per event, times in Europe/Brussels,",
        "summaries in the --lang language. Writes to standard output unless --output is given."
      })
  public static final class Ics extends SocialHealthCommand {
    @Option(names = "--input", paramLabel = "<events.json>",
        description = "An events document (default: the fictional sample).")
    Path input;

    @Option(names = "--bassin", paramLabel = "<bassin>", converter = BassinConverter.class,
        description = "Only the events of this bassin, e.g. SUD_EST or bassin:SUD_EST.")
    TerritoryRef bassin;

    @Option(names = "--from", paramLabel = "<yyyy-mm-dd>", description = "Only events starting on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "<yyyy-mm-dd>", description = "Only events starting on or before this day.")
    LocalDate to;

    @Option(names = "--stamp", paramLabel = "<instant>",
        description = "The DTSTAMP of every event, e.g. 2024-09-01T00:00:00Z (default: now).")
    Instant stamp;

    @Option(names = "--output", paramLabel = "<file.ics>", description = "Where to write (default: standard output).")
    Path output;

    /** Creates the command; picocli calls this. */
    public Ics() {}

    @Override
    public Integer call() {
      EventsDocument document;
      try {
        document = readEvents(input);
      } catch (JacksonException e) {
        err().println(message(ExamplesCodes.EVENTS_INPUT_INVALID, input, e.getOriginalMessage()));
        return ExitCodes.INVALID_DATA;
      }
      List<Event> events = document.allEvents().stream()
          .filter(event -> bassin == null || event.getBassins().contains(bassin))
          .filter(event -> from == null || !event.getStart().toLocalDate().isBefore(from))
          .filter(event -> to == null || !event.getStart().toLocalDate().isAfter(to))
          .collect(Collectors.toList());
      Language summaries = language() == Language.EN ? Language.FR : language();
      String ics = ICalendarExporter.of(summaries, stamp == null ? Instant.now() : stamp).export(events);
      if (output == null) {
        out().print(ics);
      } else {
        write(output, ics);
        println(ExamplesCodes.EVENTS_ICS_WRITTEN, events.size(), output);
      }
      out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code socialhealth events check}. Mutable (picocli sets the options). */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = SocialHealthCli.Version.class,
      description = {
        "Checks the rules of every open-house week: registration windows in order and before the week,",
        "registrations inside their window, capacity, no visitor booked twice at the same time.",
        "Exit code 1 when a rule is broken."
      })
  public static final class Check extends SocialHealthCommand {
    @Option(names = "--input", paramLabel = "<events.json>",
        description = "An events document (default: the fictional sample).")
    Path input;

    /** Creates the command; picocli calls this. */
    public Check() {}

    @Override
    public Integer call() {
      EventsDocument document;
      try {
        document = readEvents(input);
      } catch (JacksonException e) {
        err().println(message(ExamplesCodes.EVENTS_INPUT_INVALID, input, e.getOriginalMessage()));
        return ExitCodes.INVALID_DATA;
      }
      boolean valid = true;
      for (OpenHouseWeek week : document.getOpenHouseWeeks()) {
        ValidationReport report = OpenHouseRules.check(week);
        if (!report.getViolations().isEmpty()) {
          println(ExamplesCodes.EVENTS_CHECK_WEEK, week.getId(), report.getErrorCount());
          for (Violation violation : report.getViolations()) {
            String severity = message(violation.isError() ? ExamplesCodes.SEVERITY_ERROR : ExamplesCodes.SEVERITY_WARNING);
            out().println("   " + message(ExamplesCodes.EVENTS_CHECK_VIOLATION, severity, violation.getCode(),
                violation.getPath(), violation.getMessage().get(language())));
          }
        }
        valid &= report.isValid();
      }
      if (valid) {
        println(ExamplesCodes.EVENTS_CHECK_VALID, document.getOpenHouseWeeks().size());
      }
      out().flush();
      return valid ? ExitCodes.OK : ExitCodes.INVALID_DATA;
    }
  }

  /**
   * Reads an events document, or returns the sample when {@code input} is null.
   *
   * @param input the file, may be null
   * @return the document
   * @throws UncheckedIOException if the file cannot be read
   * @throws JacksonException if the file is not a valid events document
   */
  static EventsDocument readEvents(Path input) {
    return input == null ? SampleEvents.document() : readJson(input, EventsDocument.class);
  }

  /**
   * Reads a JSON file with the strict reader.
   *
   * @param input the file; not null
   * @param type the type to read
   * @param <T> the type
   * @return the value
   */
  static <T> T readJson(Path input, Class<T> type) {
    try {
      return ExampleJson.read(Files.readString(input, StandardCharsets.UTF_8), type);
    } catch (IOException e) {
      throw new UncheckedIOException(input + ": " + e, e);
    }
  }

  /**
   * Writes a text file in UTF-8.
   *
   * @param output the file; not null
   * @param text the text
   */
  static void write(Path output, String text) {
    try {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(output + ": " + e, e);
    }
  }

  /** Converts {@code SUD_EST}, {@code sud-est} or {@code bassin:SUD_EST} to a bassin reference. */
  static final class BassinConverter implements ITypeConverter<TerritoryRef> {
    private final Function<String, TerritoryRef> parse = text -> {
      String trimmed = text.strip();
      return trimmed.contains(":") ? TerritoryRef.parse(trimmed)
          : TerritoryRef.bassin(trimmed.toUpperCase(Locale.ROOT).replace('-', '_'));
    };

    @Override
    public TerritoryRef convert(String value) {
      TerritoryRef ref = parse.apply(value);
      if (ref.getLevel() != brussels.socialhealth.territory.TerritorialLevel.BASSIN) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a bassin");
      }
      return ref;
    }
  }
}
