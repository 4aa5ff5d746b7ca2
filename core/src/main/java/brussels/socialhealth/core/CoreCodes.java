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

  /** A phone number that cannot be read as a phone number at all (letters, no digits, unknown country). */
  public static final String PHONE_UNPARSEABLE = "core.phone.unparseable";
  /** A phone number that no numbering plan allows (libphonenumber says it is invalid). */
  public static final String PHONE_INVALID = "core.phone.invalid";

  /** An e-mail address with an invalid syntax. */
  public static final String EMAIL_INVALID = "core.email.invalid";

  /** A web address that is not an absolute URL with a host. */
  public static final String WEB_ADDRESS_INVALID = "core.web-address.invalid";
  /** A web address whose scheme is neither {@code http} nor {@code https}. */
  public static final String WEB_ADDRESS_SCHEME = "core.web-address.scheme";

  /** An enterprise number with characters other than digits, separators and the {@code BE} prefix. */
  public static final String ENTERPRISE_NUMBER_FORMAT = "core.enterprise-number.format";
  /** An enterprise number with neither 10 digits nor 9 (legacy). */
  public static final String ENTERPRISE_NUMBER_LENGTH = "core.enterprise-number.length";
  /** An enterprise number starting with 2 to 9 (2 to 8 are establishment unit numbers). */
  public static final String ENTERPRISE_NUMBER_FIRST_DIGIT = "core.enterprise-number.first-digit";
  /** An enterprise number whose mod-97 check digits are wrong. */
  public static final String ENTERPRISE_NUMBER_CHECK_DIGITS = "core.enterprise-number.check-digits";

  /** A postal address with a blank part ({1} names the part). */
  public static final String POSTAL_ADDRESS_BLANK = "core.postal-address.blank";
  /** A Belgian postal code that is not four digits from 1000 to 9999. */
  public static final String POSTAL_ADDRESS_POSTAL_CODE = "core.postal-address.postal-code";
  /** A country that is not an ISO 3166-1 alpha-2 code. */
  public static final String POSTAL_ADDRESS_COUNTRY = "core.postal-address.country";

  /** A latitude outside -90..90 degrees. */
  public static final String GEO_LATITUDE = "core.geo.latitude";
  /** A longitude outside -180..180 degrees. */
  public static final String GEO_LONGITUDE = "core.geo.longitude";

  /** A period whose end is before its start. */
  public static final String PERIOD_END_BEFORE_START = "core.period.end-before-start";
  /** A period text that is not {@code start/end} with ISO dates or {@code ..}. */
  public static final String PERIOD_UNPARSEABLE = "core.period.unparseable";

  /** An external reference that is not {@code system:id}. */
  public static final String EXTERNAL_REF_INVALID = "core.external-ref.invalid";

  /** An extension namespace that does not match {@code [a-z0-9][a-z0-9._-]*}. */
  public static final String EXTENSIONS_NAMESPACE = "core.extensions.namespace";
  /** An extension field name that is blank. */
  public static final String EXTENSIONS_FIELD = "core.extensions.field";
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
  /**
   * JSON input, a warning: a property the type does not know, kept as an extension by lenient reading
   * ({@code JsonDocumentReader.readKeepingUnknown}).
   */
  public static final String JSON_UNKNOWN_PROPERTY_KEPT = "core.json.unknown-property-kept";
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
