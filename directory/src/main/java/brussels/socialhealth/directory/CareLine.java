package brussels.socialhealth.directory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The line of care a service belongs to: first line (generalist, direct access) or specialised.
 *
 * <p>A closed list; on the wire each constant is its stable code ({@link #code()}).
 */
public enum CareLine implements Coded {
  /** First line ({@code first-line}). */
  FIRST_LINE("first-line", LocalizedText.of("Première ligne", "Eerste lijn", "First line")),
  /** Specialised ({@code specialised}). */
  SPECIALISED("specialised", LocalizedText.of("Deuxième ligne spécialisée", "Gespecialiseerde tweede lijn", "Specialised"));

  private final String code;
  private final LocalizedText label;

  CareLine(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the stable code, the JSON form.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the label in French, Dutch and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Parses a code, ignoring case and surrounding spaces; {@code _} counts as {@code -}.
   *
   * @param code the code; not null
   * @return the constant
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} if the code is unknown
   */
  @JsonCreator
  public static CareLine parse(String code) {
    return Coded.parse(CareLine.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID, "care-line");
  }
}
