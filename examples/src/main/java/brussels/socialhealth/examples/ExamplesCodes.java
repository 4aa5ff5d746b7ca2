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
  /** Demo: Title of the core section. */
  public static final String DEMO_SECTION_CORE = "examples.demo.section.core";
  /** Demo: Title of the territory section. */
  public static final String DEMO_SECTION_TERRITORY = "examples.demo.section.territory";
  /** Demo: {0} communes, {1} bassins, {2} data version. */
  public static final String DEMO_TERRITORY_DATA = "examples.demo.territory.data";
  /** Demo: {0} the place asked, {1} the units it names. */
  public static final String DEMO_TERRITORY_QUERY = "examples.demo.territory.query";
  /** Demo: Title of the directory section. */
  public static final String DEMO_SECTION_DIRECTORY = "examples.demo.section.directory";
  /** Demo: {0} organisations, {1} sites, {2} services, {3} professionals, {4} links, {5} bassin. */
  public static final String DEMO_DIRECTORY_SIZE = "examples.demo.directory.size";
  /** Demo: {0} theme, {1} place, {2} number of services found. */
  public static final String DEMO_DIRECTORY_SEARCH = "examples.demo.directory.search";
  /** Demo: {0} service, {1} organisation. */
  public static final String DEMO_DIRECTORY_SERVICE = "examples.demo.directory.service";
  /** Demo: {0} theme, {1} place, {2} number of results. */
  public static final String DEMO_DIRECTORY_ORIENT = "examples.demo.directory.orient";
  /** Demo: {0} rank, {1} level, {2} service, {3} organisation. */
  public static final String DEMO_DIRECTORY_ORIENT_RESULT = "examples.demo.directory.orient-result";
  /** Demo: {0} how many more results, {1} level. */
  public static final String DEMO_DIRECTORY_ORIENT_MORE = "examples.demo.directory.orient-more";
  /** Demo: {0} service, {1} organisation, {2} outcome. */
  public static final String DEMO_DIRECTORY_LABEL = "examples.demo.directory.label";
  /** Demo: {0} criterion, {1} outcome, {2} reason. */
  public static final String DEMO_DIRECTORY_LABEL_CRITERION = "examples.demo.directory.label-criterion";
  /** Demo: {0} granted, {1} assessed, {2} communes with a labelled point, {3} communes, {4} communes without. */
  public static final String DEMO_DIRECTORY_LABEL_BALANCE = "examples.demo.directory.label-balance";
  /** Demo: Title of the events section. */
  public static final String DEMO_SECTION_EVENTS = "examples.demo.section.events";
  /** Demo: {0} events, {1} concertations, {2} change workshops, {3} working groups, {4} prevention meetings, {5} open-house weeks, {6} working-group sessions (counted as events). */
  public static final String DEMO_EVENTS_COUNT = "examples.demo.events.count";
  /** Demo: {0} title, {1} date, {2} bassins. */
  public static final String DEMO_EVENTS_CONCERTATION = "examples.demo.events.concertation";
  /** Demo: {0} participants, {1} sectors, {2} key points, {3} expectations, {4} follow-up actions. */
  public static final String DEMO_EVENTS_RECORD = "examples.demo.events.record";
  /** Demo: {0} edition, {1} first day, {2} last day, {3} hosts, {4} slots, {5} registrations, {6} valid, {7} errors, {8} warnings. */
  public static final String DEMO_EVENTS_WEEK = "examples.demo.events.week";
  /** Demo: {0} slot, {1} the day after the visitor window closes, {2} whether the rules still hold. */
  public static final String DEMO_EVENTS_LATE = "examples.demo.events.late";
  /** Demo: {0} bassin, {1} first day, {2} last day, {3} sample cases, {4} cases of the bassin in the period. */
  public static final String DEMO_HELPDESK_REPORT = "examples.demo.helpdesk.report";
  /** Demo: {0} counts by channel. */
  public static final String DEMO_HELPDESK_CHANNELS = "examples.demo.helpdesk.channels";
  /** Demo: {0} counts by status. */
  public static final String DEMO_HELPDESK_STATUS = "examples.demo.helpdesk.status";
  /** Demo: {0} oriented cases, {1} median, {2} 90th percentile. */
  public static final String DEMO_HELPDESK_DELAY = "examples.demo.helpdesk.delay";
  /** Demo: {0} days, {1} hours, {2} minutes. */
  public static final String DEMO_HELPDESK_DURATION = "examples.demo.helpdesk.duration";
  /** Demo: Heading of the unmet needs. */
  public static final String DEMO_HELPDESK_UNMET = "examples.demo.helpdesk.unmet";
  /** Demo: {0} count, {1} theme, {2} reason code. */
  public static final String DEMO_HELPDESK_UNMET_LINE = "examples.demo.helpdesk.unmet-line";
  /** Demo: Title of the import section. */
  public static final String DEMO_SECTION_IMPORT = "examples.demo.section.import";
  /** Demo: {0} organisations, {1} sites in the merged directory. */
  public static final String DEMO_IMPORT_MERGED = "examples.demo.import.merged";

  /** validate: {0} the file, {1} the document type, {2} the schema it is checked against. */
  public static final String VALIDATE_TYPE = "examples.validate.type";
  /** validate: {0} the file, {1} its top-level properties, {2} the known document types. */
  public static final String VALIDATE_TYPE_UNKNOWN = "examples.validate.type-unknown";
  /** validate, a violation code: {0} the JSON Schema keyword, {1} the validator's explanation. */
  public static final String VALIDATE_SCHEMA = "examples.validate.schema";
  /** validate: the model's rules were skipped because the document breaks its schema. */
  public static final String VALIDATE_RULES_SKIPPED = "examples.validate.rules-skipped";
  /** validate: {0} severity, {1} path, {2} message, {3} code. */
  public static final String VALIDATE_VIOLATION = "examples.validate.violation";
  /** validate: {0} severity, {1} line, {2} column, {3} path, {4} message, {5} code. */
  public static final String VALIDATE_VIOLATION_AT = "examples.validate.violation-at";
  /** validate: how the path of the document itself is shown. */
  public static final String VALIDATE_ROOT = "examples.validate.root";
  /** validate: {0} the file, {1} the document type, {2} errors, {3} warnings. */
  public static final String VALIDATE_SUMMARY = "examples.validate.summary";

  /** import, progress bar on a terminal: {0} the records read so far, already formatted. */
  public static final String IMPORT_PROGRESS_RECORDS = "examples.import.progress-records";
}
