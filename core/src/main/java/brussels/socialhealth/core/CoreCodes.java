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
}
