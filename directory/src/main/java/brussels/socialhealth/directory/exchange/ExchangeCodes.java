package brussels.socialhealth.directory.exchange;

/**
 * The stable codes of the integration toolkit (prefix {@code directory.exchange.}). Codes never change
 * once published; each has a message in French, Dutch and English in the directory module's bundles
 * ({@code brussels/socialhealth/directory/messages_*.properties}), checked by {@code ExchangeMessagesTest}.
 * {@code {0}} in a message is the offending value.
 */
public final class ExchangeCodes {
  private ExchangeCodes() {}

  // --- input ---
  /** The input cannot be opened or read. */
  public static final String INPUT_UNREADABLE = "directory.exchange.input.unreadable";
  /** The input holds no header row (CSV) or no record container (JSON). */
  public static final String INPUT_EMPTY = "directory.exchange.input.empty";
  /** The encoding was not declared and the bytes are not UTF-8: read as Windows-1252. */
  public static final String ENCODING_DETECTED = "directory.exchange.encoding.detected";
  /** The input was declared UTF-8 but holds bytes that are not UTF-8. */
  public static final String ENCODING_INVALID = "directory.exchange.encoding.invalid";
  /** The input starts with a UTF-8 byte-order mark although another encoding was declared. */
  public static final String ENCODING_BOM_OVERRIDES = "directory.exchange.encoding.bom-overrides";
  /** The separator was not declared and was detected from the header. */
  public static final String CSV_SEPARATOR_DETECTED = "directory.exchange.csv.separator-detected";
  /** A quoted field is followed by characters before the next separator. */
  public static final String CSV_STRAY_QUOTE = "directory.exchange.csv.stray-quote";
  /** A quoted field is never closed: the record runs to the end of the file. */
  public static final String CSV_UNTERMINATED_QUOTE = "directory.exchange.csv.unterminated-quote";
  /** A record has more or fewer fields than the header. */
  public static final String CSV_FIELD_COUNT = "directory.exchange.csv.field-count";
  /** The header names the same column twice. */
  public static final String CSV_DUPLICATE_COLUMN = "directory.exchange.csv.duplicate-column";
  /** A JSON record (array element or JSON Lines line) is not valid JSON. */
  public static final String JSON_SYNTAX = "directory.exchange.json.syntax";
  /** A JSON record is not an object. */
  public static final String JSON_NOT_OBJECT = "directory.exchange.json.not-object";
  /** A JSON input is neither an array of objects nor JSON Lines. */
  public static final String JSON_NOT_ARRAY = "directory.exchange.json.not-array";

  // --- mapping file ---
  /** The mapping file is not valid YAML. */
  public static final String MAPPING_SYNTAX = "directory.exchange.mapping.syntax";
  /** The mapping file names a key this version does not know. */
  public static final String MAPPING_UNKNOWN_KEY = "directory.exchange.mapping.unknown-key";
  /** The mapping file lacks a required key. */
  public static final String MAPPING_MISSING_KEY = "directory.exchange.mapping.missing-key";
  /** A key appears twice in the same section of the mapping file. */
  public static final String MAPPING_DUPLICATE_KEY = "directory.exchange.mapping.duplicate-key";
  /** A key of the mapping file has a value of the wrong kind or outside its allowed values. */
  public static final String MAPPING_BAD_VALUE = "directory.exchange.mapping.bad-value";
  /** The mapping format version is not supported. */
  public static final String MAPPING_VERSION = "directory.exchange.mapping.version";
  /** The mapping targets a record type the importer does not know. */
  public static final String MAPPING_UNKNOWN_TARGET = "directory.exchange.mapping.unknown-target";
  /** The mapping feeds a field the target does not have. */
  public static final String MAPPING_UNKNOWN_FIELD = "directory.exchange.mapping.unknown-field";
  /** The mapping reads a column the input's header does not have. */
  public static final String MAPPING_UNKNOWN_COLUMN = "directory.exchange.mapping.unknown-column";
  /** A value map on a field without a code list, or mapping to a code the code list does not have. */
  public static final String MAPPING_VALUE_MAP = "directory.exchange.mapping.value-map";
  /** A required target field is fed by no column and has no default. */
  public static final String MAPPING_REQUIRED_FIELD = "directory.exchange.mapping.required-field";
  /** Options of a field contradict each other or do not fit the field's shape. */
  public static final String MAPPING_CONFLICT = "directory.exchange.mapping.conflict";
  /** A default value is not valid for its field. */
  public static final String MAPPING_BAD_DEFAULT = "directory.exchange.mapping.bad-default";

  // --- records ---
  /** A required field has no value in the record. */
  public static final String FIELD_MISSING = "directory.exchange.field.missing";
  /** A single-valued field received several values. */
  public static final String FIELD_MULTIPLE = "directory.exchange.field.multiple";
  /** A partner category has no entry in the mapping's value map. */
  public static final String VALUE_UNMAPPED = "directory.exchange.value.unmapped";
  /** A split column ("Nom / Naam") did not hold one part per language. */
  public static final String SPLIT_PARTS = "directory.exchange.split.parts";
  /** A record was rejected because a related record could not be imported. */
  public static final String RECORD_FAILED = "directory.exchange.record.failed";

  // --- directory targets ---
  /** A postal code shared by several communes, and no municipality to choose: the site is not placed. */
  public static final String ADDRESS_COMMUNE_AMBIGUOUS = "directory.exchange.address.commune-ambiguous";
  /** The municipality does not match the postal code; the postal code wins. */
  public static final String ADDRESS_MISMATCH = "directory.exchange.address.mismatch";
  /** A site record without a postal code the territory knows: it cannot be placed in a commune. */
  public static final String ADDRESS_NO_COMMUNE = "directory.exchange.address.no-commune";
  /** An address without street or house number: the site is placed in its commune but has no address. */
  public static final String ADDRESS_INCOMPLETE = "directory.exchange.address.incomplete";
  /** Two records of the same input give the same identifier: the second is rejected. */
  public static final String ID_DUPLICATE = "directory.exchange.id.duplicate";

  // --- report labels (not violations: the words of the text summary) ---
  /** Summary title: {0} input, {1} mapping, {2} source. */
  public static final String REPORT_TITLE = "directory.exchange.report.title";
  /** Summary counts: {0} read, {1} accepted, {2} with warnings, {3} rejected. */
  public static final String REPORT_COUNTS = "directory.exchange.report.counts";
  /** Summary: the input could not be read to its end. */
  public static final String REPORT_INCOMPLETE = "directory.exchange.report.incomplete";
  /** Summary: {0} records with problems are counted but not detailed. */
  public static final String REPORT_OMITTED = "directory.exchange.report.omitted";
  /** Summary: a line of the problem list: {0} line, {1} column, {2} code, {3} message. */
  public static final String REPORT_PROBLEM = "directory.exchange.report.problem";
  /** Summary: a merge: {0} rule, {1} kept record, {2} merged record. */
  public static final String REPORT_MERGE = "directory.exchange.report.merge";
  /** Summary: counts per code heading. */
  public static final String REPORT_CODES = "directory.exchange.report.codes";
  /** Progress on a terminal: {0} records read. */
  public static final String REPORT_PROGRESS = "directory.exchange.report.progress";
  /** A mapping mistake: {0} file, {1} line, {2} column, {3} message, {4} code. */
  public static final String REPORT_MAPPING_PROBLEM = "directory.exchange.report.mapping-problem";
  /** An input that cannot be used: {0} input, {1} line, {2} message, {3} code. */
  public static final String REPORT_INPUT_PROBLEM = "directory.exchange.report.input-problem";
  /** Where the results went: {0} output, {1} report, {2} rejects. */
  public static final String REPORT_WRITTEN = "directory.exchange.report.written";
}
