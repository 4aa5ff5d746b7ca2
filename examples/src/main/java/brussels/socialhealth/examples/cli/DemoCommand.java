package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.demo.SampleData;
import brussels.socialhealth.examples.demo.SampleService;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.examples.json.jackson2.ExampleJackson2;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code socialhealth demo}: exercises the whole library on its embedded fictional data and prints what it
 * did, in the user's language: the core types, the territory, the sample directory, the sample events and
 * helpdesk cases, the import of two partner exports ({@code --section} runs one of them). The output depends only on the options: the reference moment is fixed
 * ({@link SampleData#REFERENCE_MOMENT}) unless {@code --at} says otherwise.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Shows the whole library at work on its embedded fictional data, one titled section per module:",
      "core (text, phone and enterprise numbers, address, opening hours, periods, validation, JSON),",
      "territory (which bassin serves this place?), directory (search, orientation, Pousse ma porte),",
      "events (sample events, open-house rules, helpdesk activity report) and import (two partner exports)."
    })
public final class DemoCommand extends SocialHealthCommand {
  private static final String INDENT = "   ";
  private static final String ALL = "all";
  private static final String CORE = "core";
  private static final String TERRITORY = "territory";
  private static final String DIRECTORY = "directory";
  private static final String EVENTS = "events";
  private static final String IMPORT = "import";
  private static final List<String> SECTIONS = List.of(CORE, TERRITORY, DIRECTORY, EVENTS, IMPORT);

  @Option(
      names = "--at",
      paramLabel = "<moment>",
      converter = MomentConverter.class,
      description = "The reference moment for \"is it open now?\": an ISO date-time such as 2026-03-10T10:30"
          + " (Brussels time), 2026-03-10T10:30:00+01:00 or 2026-03-10T09:30:00Z, or 'now'"
          + " (default: 2026-03-10T10:30 in Brussels, so that the output never changes).")
  ZonedDateTime at = SampleData.REFERENCE_MOMENT;

  @Option(
      names = "--section",
      paramLabel = "<section>",
      description = "Run one section only: core, territory, directory, events or import (default: all).")
  String section = ALL;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() throws IOException {
    Set<String> sections = sections();
    println(ExamplesCodes.DEMO_TITLE, at.format(DateTimeFormatter.ISO_ZONED_DATE_TIME));
    out().println();
    if (sections.contains(CORE)) {
      showCore();
    }
    if (sections.contains(TERRITORY)) {
      new DemoModules(this).showTerritory();
    }
    if (sections.contains(DIRECTORY)) {
      new DemoModules(this).showDirectory();
    }
    if (sections.contains(EVENTS)) {
      new DemoModules(this).showEvents();
    }
    if (sections.contains(IMPORT)) {
      new DemoModules(this).showImport();
    }
    println(ExamplesCodes.DEMO_DONE);
    out().flush();
    return ExitCodes.OK;
  }

  private Set<String> sections() {
    String asked = section.strip().toLowerCase(Locale.ROOT);
    if (asked.equals(ALL)) {
      return new LinkedHashSet<>(SECTIONS);
    }
    if (!SECTIONS.contains(asked)) {
      throw new ParameterException(spec.commandLine(), "'" + section + "' is not a section: give one of "
          + String.join(", ", SECTIONS) + " or " + ALL);
    }
    return Set.of(asked);
  }

  private void showCore() {
    println(ExamplesCodes.DEMO_SECTION_CORE);
    out().println();
    showLocalizedText();
    out().println();
    showPhoneNumbers();
    out().println();
    showEnterpriseNumbers();
    out().println();
    showPostalAddress();
    out().println();
    showOpeningHours();
    out().println();
    showPeriods();
    out().println();
    ValidationReport report = showValidation();
    out().println();
    showJson(report);
    out().println();
  }

  /** Package access to the output for the sections in {@link DemoModules}. */
  PrintWriter writer() {
    return out();
  }

  /** Package access to the chosen language for the sections in {@link DemoModules}. */
  Language lang() {
    return language();
  }

  /** Package access to message rendering for the sections in {@link DemoModules}. */
  String text(String code, Object... arguments) {
    return message(code, arguments);
  }

  /** Package access to yes/no for the sections in {@link DemoModules}. */
  String yes(boolean value) {
    return yesNo(value);
  }

  /** Package access to {@link #printRejected} for the sections in {@link DemoModules}. */
  void rejected(String input, Runnable parse) {
    printRejected(input, parse);
  }

  /** The reference moment, for the sections in {@link DemoModules}. */
  ZonedDateTime at() {
    return at;
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

  private void showPhoneNumbers() {
    println(ExamplesCodes.DEMO_PHONE_TITLE);
    for (String text : SampleData.PHONE_NOTATIONS) {
      PhoneNumber phone = PhoneNumber.parse(text);
      out().println(INDENT + message(ExamplesCodes.DEMO_PHONE_PARSED, text, phone, phone.toNational(),
          phone.toInternational(), yesNo(phone.isMobile())));
    }
    for (String text : SampleData.BAD_PHONE_NOTATIONS) {
      printRejected(text, () -> PhoneNumber.parse(text));
    }
  }

  private void showEnterpriseNumbers() {
    println(ExamplesCodes.DEMO_ENTERPRISE_TITLE);
    for (String text : SampleData.ENTERPRISE_NOTATIONS) {
      EnterpriseNumber number = EnterpriseNumber.parse(text);
      out().println(INDENT + message(ExamplesCodes.DEMO_ENTERPRISE_PARSED, text, number, number.toVatNumber()));
    }
    for (String text : SampleData.BAD_ENTERPRISE_NOTATIONS) {
      printRejected(text, () -> EnterpriseNumber.parse(text));
    }
  }

  private void showPostalAddress() {
    println(ExamplesCodes.DEMO_ADDRESS_TITLE);
    PostalAddress address = SampleData.HEALTH_CENTRE_ADDRESS;
    for (Language language : new Language[] {Language.FR, Language.NL}) {
      String line = address.getStreet().get(language) + " " + address.getHouseNumber()
          + address.getBox().map(box -> " / " + box).orElse("") + ", " + address.getPostalCode() + " "
          + address.getMunicipality().get(language);
      out().println(INDENT + message(ExamplesCodes.DEMO_ADDRESS_LINE, languageName(language), line));
    }
    printRejected("119", () -> PostalAddress.of(address.getStreet(), "12", "119", address.getMunicipality()));
  }

  private void showOpeningHours() {
    println(ExamplesCodes.DEMO_HOURS_TITLE);
    OpeningHours hours = OpeningHours.parse(SampleData.OPENING_HOURS_TEXT);
    out().println(INDENT + message(ExamplesCodes.DEMO_HOURS_PARSED, SampleData.OPENING_HOURS_TEXT, hours));
    out().println(INDENT + message(ExamplesCodes.DEMO_HOURS_OPEN, moment(at), yesNo(hours.isOpenAt(at))));
    out().println(INDENT + hours.nextChange(at)
        .map(next -> message(ExamplesCodes.DEMO_HOURS_NEXT, moment(next)))
        .orElseGet(() -> message(ExamplesCodes.DEMO_HOURS_NO_CHANGE)));
    printRejected(SampleData.BAD_OPENING_HOURS_TEXT, () -> OpeningHours.parse(SampleData.BAD_OPENING_HOURS_TEXT));
  }

  private void showPeriods() {
    println(ExamplesCodes.DEMO_PERIOD_TITLE);
    LocalDate day = at.toLocalDate();
    Period accreditation = Period.parse("2024-01-01/2026-12-31");
    Period renewal = Period.parse("2027-01-01/..");
    Period pilot = Period.parse("../2026-06-30");
    for (Period period : new Period[] {accreditation, renewal}) {
      out().println(INDENT + message(ExamplesCodes.DEMO_PERIOD_CONTAINS, period, day, yesNo(period.contains(day))));
    }
    for (Period other : new Period[] {renewal, pilot}) {
      out().println(INDENT + message(ExamplesCodes.DEMO_PERIOD_OVERLAPS, accreditation, other,
          yesNo(accreditation.overlaps(other))));
    }
    printRejected("2026-12-31/2026-01-01", () -> Period.parse("2026-12-31/2026-01-01"));
  }

  /** Runs a parse that must fail and prints the failure: input, code and the message in fr, nl, en. */
  private void printRejected(String input, Runnable parse) {
    try {
      parse.run();
      throw new IllegalStateException("the demo expected \"" + input + "\" to be rejected");
    } catch (InvalidValueException e) {
      out().println(INDENT + message(ExamplesCodes.DEMO_REJECTED, input, e.getCode()));
      for (Language language : Messages.MESSAGE_LANGUAGES) {
        out().println(INDENT + INDENT + language.code() + ": " + e.getLocalizedMessages().get(language));
      }
    }
  }

  private String moment(ZonedDateTime dateTime) {
    return dateTime.withZoneSameInstant(SampleData.BRUSSELS)
        .format(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm", language().toLocale()));
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
