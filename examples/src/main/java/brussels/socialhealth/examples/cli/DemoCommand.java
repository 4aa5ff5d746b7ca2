package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.demo.SampleData;
import brussels.socialhealth.examples.demo.SampleService;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.json.jackson2.ExampleJackson2;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code socialhealth demo}: exercises the core types on a few fictional values and prints what it did,
 * in the user's language. The output depends only on the options: the reference moment is fixed
 * ({@link SampleData#REFERENCE_MOMENT}) unless {@code --at} says otherwise.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Shows the core types at work on fictional values.",
      "Prints text in several languages, a validation report in the chosen language and JSON",
      "under Jackson 3 (and checks that Jackson 2 writes the same)."
    })
public final class DemoCommand extends SocialHealthCommand {
  private static final String INDENT = "   ";

  @Option(
      names = "--at",
      paramLabel = "<moment>",
      converter = MomentConverter.class,
      description = "The reference moment for \"is it open now?\": an ISO date-time such as 2026-03-10T10:30"
          + " (Brussels time), 2026-03-10T10:30:00+01:00 or 2026-03-10T09:30:00Z, or 'now'"
          + " (default: 2026-03-10T10:30 in Brussels, so that the output never changes).")
  ZonedDateTime at = SampleData.REFERENCE_MOMENT;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    println(ExamplesCodes.DEMO_TITLE, at.format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
    out().println();
    showLocalizedText();
    out().println();
    ValidationReport report = showValidation();
    out().println();
    showJson(report);
    out().println();
    println(ExamplesCodes.DEMO_DONE);
    out().flush();
    return ExitCodes.OK;
  }

  private void showLocalizedText() {
    println(ExamplesCodes.DEMO_TEXT_TITLE);
    for (LocalizedText text : new LocalizedText[] {SampleData.HEALTH_CENTRE_NAME, SampleData.HOME_HELP_NAME}) {
      out().println(INDENT + message(ExamplesCodes.DEMO_TEXT_VALUE, text));
      for (Language asked : Messages.MESSAGE_LANGUAGES) {
        String value = text.get(asked);
        if (text.find(asked).isPresent()) {
          out().println(INDENT + INDENT + message(ExamplesCodes.DEMO_TEXT_EXACT, languageName(asked), value));
        } else {
          out().println(INDENT + INDENT + message(ExamplesCodes.DEMO_TEXT_FALLBACK, languageName(asked), value,
              languageName(languageOf(text, value))));
        }
      }
      out().println(INDENT + INDENT + message(ExamplesCodes.DEMO_TEXT_OFFICIAL, yesNo(text.hasOfficialLanguages())));
    }
  }

  private static Language languageOf(LocalizedText text, String value) {
    return text.getValues().entrySet().stream()
        .filter(entry -> entry.getValue().equals(value))
        .map(java.util.Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private ValidationReport showValidation() {
    println(ExamplesCodes.DEMO_VALIDATION_TITLE);
    SampleService service = SampleData.HOME_HELP;
    out().println(INDENT + message(ExamplesCodes.DEMO_VALIDATION_OBJECT, service.getName()));
    ValidationReport report = ModelValidator.create().validate(service);
    out().println(INDENT + message(ExamplesCodes.DEMO_VALIDATION_SUMMARY, yesNo(report.isValid()),
        report.getErrorCount(), report.getWarningCount()));
    for (Violation violation : report.getViolations()) {
      printViolation(violation);
    }
    return report;
  }

  private void printViolation(Violation violation) {
    String severity = message(violation.isError() ? ExamplesCodes.SEVERITY_ERROR : ExamplesCodes.SEVERITY_WARNING);
    out().println(INDENT + message(ExamplesCodes.DEMO_VALIDATION_VIOLATION, severity, violation.getCode(),
        violation.getPath(), violation.getMessage().get(language())));
    out().println(INDENT + INDENT + message(ExamplesCodes.DEMO_VALIDATION_TRILINGUAL));
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      out().println(INDENT + INDENT + INDENT + language.code() + ": " + violation.getMessage().get(language));
    }
  }

  private void showJson(ValidationReport report) {
    println(ExamplesCodes.DEMO_JSON_TITLE);
    printJson(SampleData.HEALTH_CENTRE, SampleService.class);
    printJson(report, ValidationReport.class);
  }

  private <T> void printJson(T value, Class<T> type) {
    String json = ExampleJson.pretty(value);
    for (String line : json.split("\n", -1)) {
      out().println(INDENT + line);
    }
    out().println(INDENT + INDENT + message(ExamplesCodes.DEMO_JSON_SAME, yesNo(json.equals(ExampleJackson2.pretty(value)))));
    out().println(INDENT + INDENT + message(ExamplesCodes.DEMO_JSON_READ_BACK,
        yesNo(ExampleJson.read(json, type).equals(value))));
  }

  /**
   * Converts the {@code --at} argument: {@code now}, an ISO zoned or offset date-time, an instant, or a
   * local date-time in Brussels.
   */
  static final class MomentConverter implements ITypeConverter<ZonedDateTime> {
    @Override
    public ZonedDateTime convert(String value) {
      String text = value.strip();
      if (text.toLowerCase(Locale.ROOT).equals("now")) {
        return ZonedDateTime.now(SampleData.BRUSSELS);
      }
      try {
        if (text.endsWith("Z") || text.endsWith("z")) {
          return Instant.parse(text.toUpperCase(Locale.ROOT)).atZone(SampleData.BRUSSELS);
        }
        if (text.contains("[")) {
          return ZonedDateTime.parse(text).withZoneSameInstant(SampleData.BRUSSELS);
        }
        if (text.lastIndexOf('+') > 0 || text.lastIndexOf('-') > text.indexOf('T')) {
          return OffsetDateTime.parse(text).atZoneSameInstant(SampleData.BRUSSELS);
        }
        return LocalDateTime.parse(text).atZone(SampleData.BRUSSELS);
      } catch (DateTimeException e) {
        throw new TypeConversionException("'" + value
            + "' is not a date-time such as 2026-03-10T10:30, 2026-03-10T10:30:00+01:00 or 'now'");
      }
    }
  }
}
