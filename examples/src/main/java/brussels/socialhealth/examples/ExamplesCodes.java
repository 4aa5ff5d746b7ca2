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
  /** {0} the input, {1} the error code: a value the model refused. */
  public static final String DEMO_REJECTED = "examples.demo.rejected";
  /** Demo section: phone numbers. */
  public static final String DEMO_PHONE_TITLE = "examples.demo.phone.title";
  /** {0} input, {1} E.164, {2} national form, {3} international form, {4} mobile yes/no. */
  public static final String DEMO_PHONE_PARSED = "examples.demo.phone.parsed";
  /** Demo section: enterprise numbers. */
  public static final String DEMO_ENTERPRISE_TITLE = "examples.demo.enterprise.title";
  /** {0} input, {1} canonical form, {2} VAT form. */
  public static final String DEMO_ENTERPRISE_PARSED = "examples.demo.enterprise.parsed";
  /** Demo section: postal address. */
  public static final String DEMO_ADDRESS_TITLE = "examples.demo.address.title";
  /** {0} language name, {1} the address on one line. */
  public static final String DEMO_ADDRESS_LINE = "examples.demo.address.line";
  /** Demo section: opening hours. */
  public static final String DEMO_HOURS_TITLE = "examples.demo.hours.title";
  /** {0} input, {1} canonical form. */
  public static final String DEMO_HOURS_PARSED = "examples.demo.hours.parsed";
  /** {0} the moment, {1} yes/no. */
  public static final String DEMO_HOURS_OPEN = "examples.demo.hours.open";
  /** {0} the moment of the next opening or closing. */
  public static final String DEMO_HOURS_NEXT = "examples.demo.hours.next";
  /** The hours never change (always open or always closed). */
  public static final String DEMO_HOURS_NO_CHANGE = "examples.demo.hours.no-change";
  /** Demo section: periods. */
  public static final String DEMO_PERIOD_TITLE = "examples.demo.period.title";
  /** {0} period, {1} date, {2} yes/no. */
  public static final String DEMO_PERIOD_CONTAINS = "examples.demo.period.contains";
  /** {0} period, {1} other period, {2} yes/no. */
  public static final String DEMO_PERIOD_OVERLAPS = "examples.demo.period.overlaps";
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

  /** Territory command: {0} the query. */
  public static final String TERRITORY_QUERY = "examples.territory.query";
  /** Territory command: nothing matches the query. */
  public static final String TERRITORY_NO_UNIT = "examples.territory.no-unit";
  /** Territory command: {0} name, {1} level, {2} reference. */
  public static final String TERRITORY_UNIT = "examples.territory.unit";
  /** Territory command: {0} names in French and Dutch. */
  public static final String TERRITORY_NAMES = "examples.territory.names";
  /** Territory command: {0} postal codes. */
  public static final String TERRITORY_POSTAL_CODES = "examples.territory.postal-codes";
  /** Territory command: {0} count, {1} year, {2} source. */
  public static final String TERRITORY_POPULATION = "examples.territory.population";
  /** Territory command: {0} how many more units were found. */
  public static final String TERRITORY_MORE = "examples.territory.more";
  /** Territory command: {0} bassin name, {1} confidence. */
  public static final String TERRITORY_BASSIN_FOUND = "examples.territory.bassin-found";
  /** Territory command: {0} candidate bassins. */
  public static final String TERRITORY_BASSIN_AMBIGUOUS = "examples.territory.bassin-ambiguous";
  /** Territory command: no bassin known. */
  public static final String TERRITORY_BASSIN_UNKNOWN = "examples.territory.bassin-unknown";
  /** Territory command: {0} reason code, {1} explanation. */
  public static final String TERRITORY_REASON = "examples.territory.reason";
  /** The word for high confidence. */
  public static final String TERRITORY_CONFIDENCE_HIGH = "examples.territory.confidence.high";
  /** The word for medium confidence. */
  public static final String TERRITORY_CONFIDENCE_MEDIUM = "examples.territory.confidence.medium";
  /** The word for low confidence. */
  public static final String TERRITORY_CONFIDENCE_LOW = "examples.territory.confidence.low";
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
