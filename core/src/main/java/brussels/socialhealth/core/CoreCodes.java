package brussels.socialhealth.core;

/**
 * The stable error and violation codes of the {@code core} module. Codes never change once published;
 * each has a message in French, Dutch and English in {@code brussels/socialhealth/core/messages_*.properties}
 * (a test checks it). Other modules have their own {@code *Codes} class.
 */
public final class CoreCodes {
  private CoreCodes() {}

  /** A language code that is not known. */
  public static final String LANGUAGE_UNKNOWN = "core.language.unknown";
  /** A localized text with no value at all. */
  public static final String TEXT_EMPTY = "core.text.empty";
  /** A localized text with a blank value in some language. */
  public static final String TEXT_BLANK = "core.text.blank";
  /** An official name that lacks French or Dutch. */
  public static final String TEXT_OFFICIAL_LANGUAGES = "core.text.official-languages";

  /** A Bean Validation constraint with no more specific code. */
  public static final String CONSTRAINT_VIOLATED = "core.constraint.violated";
  /** {@code @NotNull}. */
  public static final String CONSTRAINT_NOT_NULL = "core.constraint.not-null";
  /** {@code @NotBlank}. */
  public static final String CONSTRAINT_NOT_BLANK = "core.constraint.not-blank";
  /** {@code @NotEmpty}. */
  public static final String CONSTRAINT_NOT_EMPTY = "core.constraint.not-empty";
  /** {@code @Size}. */
  public static final String CONSTRAINT_SIZE = "core.constraint.size";
  /** {@code @Pattern}. */
  public static final String CONSTRAINT_PATTERN = "core.constraint.pattern";
  /** {@code @Min}, {@code @DecimalMin}, {@code @Positive}, {@code @PositiveOrZero}. */
  public static final String CONSTRAINT_MIN = "core.constraint.min";
  /** {@code @Max}, {@code @DecimalMax}, {@code @Negative}, {@code @NegativeOrZero}. */
  public static final String CONSTRAINT_MAX = "core.constraint.max";
  /** {@code @Past}, {@code @PastOrPresent}. */
  public static final String CONSTRAINT_PAST = "core.constraint.past";
  /** {@code @Future}, {@code @FutureOrPresent}. */
  public static final String CONSTRAINT_FUTURE = "core.constraint.future";

  /** Opening hours that are blank. */
  public static final String OPENING_HOURS_BLANK = "core.opening-hours.blank";
  /** Opening hours with an unexpected token (position and token in the message). */
  public static final String OPENING_HOURS_SYNTAX = "core.opening-hours.syntax";
  /** Opening hours that end where more was expected. */
  public static final String OPENING_HOURS_INCOMPLETE = "core.opening-hours.incomplete";
  /** Opening hours using an OpenStreetMap feature outside the supported subset. */
  public static final String OPENING_HOURS_UNSUPPORTED = "core.opening-hours.unsupported";
  /** Opening hours with a time that is not {@code HH:MM} between 00:00 and 24:00. */
  public static final String OPENING_HOURS_TIME = "core.opening-hours.time";
  /** Opening hours with a time range whose start equals its end. */
  public static final String OPENING_HOURS_EMPTY_RANGE = "core.opening-hours.empty-range";
  /** Opening hours with a date that is not a real {@code YYYY-MM-DD} date. */
  public static final String OPENING_HOURS_DATE = "core.opening-hours.date";
  /** Opening hours with a weekday rule after a PH or date rule, or a PH rule after a date rule. */
  public static final String OPENING_HOURS_RULE_ORDER = "core.opening-hours.rule-order";
  /** A time range built with a start equal to its end. */
  public static final String TIME_RANGE_EMPTY = "core.time-range.empty";
  /** A time range built with seconds or fractions of a second. */
  public static final String TIME_RANGE_PRECISION = "core.time-range.precision";

  /** JSON input that is not JSON: an unexpected character or token. */
  public static final String JSON_SYNTAX = "core.json.syntax";
  /** JSON input, an empty document, or one holding only {@code null}. */
  public static final String JSON_EMPTY = "core.json.empty";
  /** JSON input, the document ends in the middle of a value. */
  public static final String JSON_TRUNCATED = "core.json.truncated";
  /** JSON input, something follows the document's root value. */
  public static final String JSON_TRAILING_TOKENS = "core.json.trailing-tokens";
  /** JSON input, objects and arrays nested deeper than the limit. */
  public static final String JSON_TOO_DEEP = "core.json.too-deep";
  /** JSON input, a number literal longer than the limit. */
  public static final String JSON_NUMBER_TOO_LONG = "core.json.number-too-long";
  /** JSON input, a string value longer than the limit. */
  public static final String JSON_STRING_TOO_LONG = "core.json.string-too-long";
  /** JSON input, a property name longer than the limit. */
  public static final String JSON_NAME_TOO_LONG = "core.json.name-too-long";
  /** JSON input, a document larger than the limit. */
  public static final String JSON_DOCUMENT_TOO_LARGE = "core.json.document-too-large";
  /** JSON input, the same property twice in one object. */
  public static final String JSON_DUPLICATE_KEY = "core.json.duplicate-key";
  /** JSON input, a property the type does not know, in strict reading. */
  public static final String JSON_UNKNOWN_PROPERTY = "core.json.unknown-property";
  /** JSON input, a polymorphic type name that is not registered. */
  public static final String JSON_UNKNOWN_TYPE = "core.json.unknown-type";
  /** JSON input, a polymorphic value without its type name. */
  public static final String JSON_MISSING_TYPE = "core.json.missing-type";
  /** JSON input, a required property is absent. */
  public static final String JSON_MISSING_PROPERTY = "core.json.missing-property";
  /** JSON input, a value of the wrong JSON kind (a string where an object is expected...). */
  public static final String JSON_WRONG_TYPE = "core.json.wrong-type";
  /** JSON input, a value the model rejects (see {@code JsonInputException.getValueError()}). */
  public static final String JSON_INVALID_VALUE = "core.json.invalid-value";
  /** JSON input, any other failure to read the document. */
  public static final String JSON_UNREADABLE = "core.json.unreadable";
}
