package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A language of the Brussels social-health sector. French and Dutch are the official languages of the
 * Region; English is offered for every user-visible message; German is the third national language.
 *
 * <p>On the wire a language is its lower-case ISO 639-1 code ({@code "fr"}, {@code "nl"}, ...).
 */
public enum Language implements Coded {
  /** French, {@code fr}. */
  FR("fr"),
  /** Dutch, {@code nl}. */
  NL("nl"),
  /** English, {@code en}. */
  EN("en"),
  /** German, {@code de}. */
  DE("de");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /**
   * Returns the ISO 639-1 code, the stable wire form.
   *
   * @return the code, for example {@code "fr"}
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the {@link Locale} of this language.
   *
   * @return the locale, never null
   */
  public Locale toLocale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * Parses an ISO 639-1 code, ignoring case and surrounding blanks.
   *
   * @param code a code such as {@code "fr"} or {@code "NL"}; not null
   * @return the language
   * @throws InvalidValueException with code {@link CoreCodes#LANGUAGE_UNKNOWN} if the code is not known
   */
  @JsonCreator
  public static Language parse(String code) {
    return Coded.parse(Language.class, code, CoreCodes.LANGUAGE_UNKNOWN);
  }
}
