package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A language a service can be received in, by ISO 639 code (fr, nl, ar, tr...); wider than the official {@link brussels.socialhealth.core.Language}s.
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class SpokenLanguage extends Code {
  private static final CodeRegistry<SpokenLanguage> REGISTRY = new CodeRegistry<>("spoken-language", SpokenLanguage::new);

  /** French ({@code fr}). */
  public static final SpokenLanguage FRENCH =
      REGISTRY.define("fr", LocalizedText.of("Français", "Frans", "French"));

  /** Dutch ({@code nl}). */
  public static final SpokenLanguage DUTCH =
      REGISTRY.define("nl", LocalizedText.of("Néerlandais", "Nederlands", "Dutch"));

  /** English ({@code en}). */
  public static final SpokenLanguage ENGLISH =
      REGISTRY.define("en", LocalizedText.of("Anglais", "Engels", "English"));

  /** German ({@code de}). */
  public static final SpokenLanguage GERMAN =
      REGISTRY.define("de", LocalizedText.of("Allemand", "Duits", "German"));

  /** Arabic ({@code ar}). */
  public static final SpokenLanguage ARABIC =
      REGISTRY.define("ar", LocalizedText.of("Arabe", "Arabisch", "Arabic"));

  /** Spanish ({@code es}). */
  public static final SpokenLanguage SPANISH =
      REGISTRY.define("es", LocalizedText.of("Espagnol", "Spaans", "Spanish"));

  /** Italian ({@code it}). */
  public static final SpokenLanguage ITALIAN =
      REGISTRY.define("it", LocalizedText.of("Italien", "Italiaans", "Italian"));

  /** Portuguese ({@code pt}). */
  public static final SpokenLanguage PORTUGUESE =
      REGISTRY.define("pt", LocalizedText.of("Portugais", "Portugees", "Portuguese"));

  /** Turkish ({@code tr}). */
  public static final SpokenLanguage TURKISH =
      REGISTRY.define("tr", LocalizedText.of("Turc", "Turks", "Turkish"));

  /** Romanian ({@code ro}). */
  public static final SpokenLanguage ROMANIAN =
      REGISTRY.define("ro", LocalizedText.of("Roumain", "Roemeens", "Romanian"));

  /** Polish ({@code pl}). */
  public static final SpokenLanguage POLISH =
      REGISTRY.define("pl", LocalizedText.of("Polonais", "Pools", "Polish"));

  /** Russian ({@code ru}). */
  public static final SpokenLanguage RUSSIAN =
      REGISTRY.define("ru", LocalizedText.of("Russe", "Russisch", "Russian"));

  /** Ukrainian ({@code uk}). */
  public static final SpokenLanguage UKRAINIAN =
      REGISTRY.define("uk", LocalizedText.of("Ukrainien", "Oekraïens", "Ukrainian"));

  /** French Belgian Sign Language ({@code sfb}). */
  public static final SpokenLanguage FRENCH_BELGIAN_SIGN_LANGUAGE =
      REGISTRY.define("sfb", LocalizedText.of("Langue des signes de Belgique francophone", "Frans-Belgische Gebarentaal", "French Belgian Sign Language"));

  /** Flemish Sign Language ({@code vgt}). */
  public static final SpokenLanguage FLEMISH_SIGN_LANGUAGE =
      REGISTRY.define("vgt", LocalizedText.of("Langue des signes flamande", "Vlaamse Gebarentaal", "Flemish Sign Language"));

  private SpokenLanguage(String code, LocalizedText label, boolean defined) {
    super(code, label, defined);
  }

  /**
   * Defines a new entry of this list, or returns the existing one when the code is already defined
   * with the same label. Entries live as long as the class loader.
   *
   * @param code the code: lower-case letters, digits and hyphens, at most 64; not null
   * @param label the label, ideally in French, Dutch and English; not null
   * @return the entry
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} if the code is malformed,
   *     {@link DirectoryCodes#CODE_CONFLICT} if it is defined with another label
   */
  public static SpokenLanguage define(String code, LocalizedText label) {
    return REGISTRY.define(code, label);
  }

  /**
   * Reads a code, ignoring case, surrounding spaces and treating {@code _} as {@code -}; an undefined
   * code yields an entry that is not {@linkplain #isDefined() defined}.
   *
   * @param code the code; not null
   * @return the entry
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} if the code is malformed
   */
  @JsonCreator
  public static SpokenLanguage parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<SpokenLanguage> values() {
    return REGISTRY.values();
  }
}
