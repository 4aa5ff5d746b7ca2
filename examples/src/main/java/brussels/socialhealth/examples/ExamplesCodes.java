package brussels.socialhealth.examples;

/**
 * The message codes of the examples module (the command-line tool). Each code has a text in French, Dutch
 * and English in {@code brussels/socialhealth/examples/messages_{fr,nl,en}.properties}, rendered with
 * {@link brussels.socialhealth.core.Messages#render(String, Object...)}.
 *
 * <p>Constants only; not instantiable.
 */
public final class ExamplesCodes {
  private ExamplesCodes() {}

  /** The command line could not be parsed; {0} is picocli's explanation. */
  public static final String CLI_USAGE = "examples.cli.usage";
  /** Hint printed after a usage error; {0} is the command to ask help from. */
  public static final String CLI_USAGE_HINT = "examples.cli.usage-hint";
  /** A value given on the command line was rejected by the model; {0} input, {1} code, {2} message. */
  public static final String CLI_INVALID_VALUE = "examples.cli.invalid-value";
  /** A file could not be read or written; {0} the file, {1} the reason. */
  public static final String CLI_IO = "examples.cli.io";
  /** An unexpected failure (a bug); {0} the exception. */
  public static final String CLI_FAILED = "examples.cli.failed";

  /** The word "yes". */
  public static final String WORD_YES = "examples.word.yes";
  /** The word "no". */
  public static final String WORD_NO = "examples.word.no";
  /** Name of the French language. */
  public static final String LANGUAGE_FR = "examples.language.fr";
  /** Name of the Dutch language. */
  public static final String LANGUAGE_NL = "examples.language.nl";
  /** Name of the English language. */
  public static final String LANGUAGE_EN = "examples.language.en";
  /** Name of the German language. */
  public static final String LANGUAGE_DE = "examples.language.de";
  /** Severity "error" as shown to users. */
  public static final String SEVERITY_ERROR = "examples.severity.error";
  /** Severity "warning" as shown to users. */
  public static final String SEVERITY_WARNING = "examples.severity.warning";

  /** Demo banner; {0} the reference moment. */
  public static final String DEMO_TITLE = "examples.demo.title";
  /** Demo section: localized text. */
  public static final String DEMO_TEXT_TITLE = "examples.demo.text.title";
  /** {0} the text in all its languages. */
  public static final String DEMO_TEXT_VALUE = "examples.demo.text.value";
  /** {0} language name, {1} text. */
  public static final String DEMO_TEXT_EXACT = "examples.demo.text.exact";
  /** {0} language asked, {1} text, {2} language used instead. */
  public static final String DEMO_TEXT_FALLBACK = "examples.demo.text.fallback";
  /** {0} yes/no. */
  public static final String DEMO_TEXT_OFFICIAL = "examples.demo.text.official";
  /** Demo section: validation. */
  public static final String DEMO_VALIDATION_TITLE = "examples.demo.validation.title";
  /** {0} the object validated. */
  public static final String DEMO_VALIDATION_OBJECT = "examples.demo.validation.object";
  /** {0} valid yes/no, {1} errors, {2} warnings. */
  public static final String DEMO_VALIDATION_SUMMARY = "examples.demo.validation.summary";
  /** {0} severity, {1} code, {2} path, {3} message. */
  public static final String DEMO_VALIDATION_VIOLATION = "examples.demo.validation.violation";
  /** {0} the same message in French, Dutch and English. */
  public static final String DEMO_VALIDATION_TRILINGUAL = "examples.demo.validation.trilingual";
  /** Demo section: JSON. */
  public static final String DEMO_JSON_TITLE = "examples.demo.json.title";
  /** {0} yes/no. */
  public static final String DEMO_JSON_SAME = "examples.demo.json.same";
  /** {0} yes/no. */
  public static final String DEMO_JSON_READ_BACK = "examples.demo.json.read-back";
  /** Demo closing line. */
  public static final String DEMO_DONE = "examples.demo.done";

  /** {0} the number of events, {1} where the calendar was written. */
  public static final String EVENTS_ICS_WRITTEN = "examples.events.ics.written";
  /** {0} the number of open-house weeks checked. */
  public static final String EVENTS_CHECK_VALID = "examples.events.check.valid";
  /** {0} the id of the week, {1} the number of errors. */
  public static final String EVENTS_CHECK_WEEK = "examples.events.check.week";
  /** {0} severity, {1} code, {2} path, {3} message. */
  public static final String EVENTS_CHECK_VIOLATION = "examples.events.check.violation";
  /** {0} the file, {1} the reason. */
  public static final String EVENTS_INPUT_INVALID = "examples.events.input.invalid";
  /** {0} bassin, {1} first day, {2} last day, {3} number of cases, {4} where the report was written. */
  public static final String HELPDESK_REPORT_WRITTEN = "examples.helpdesk.report.written";
  /** {0} the number of cases, {1} where they were written. */
  public static final String HELPDESK_SAMPLE_WRITTEN = "examples.helpdesk.sample.written";
}
