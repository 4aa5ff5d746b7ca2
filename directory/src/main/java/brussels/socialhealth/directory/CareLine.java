package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The line of care a service belongs to: first line (generalist, direct access) or specialised.
 *
 * <p>A closed list; on the wire each constant is its stable code ({@link #code()}).
 */
public enum CareLine {
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
    String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (CareLine value : values()) {
      if (value.code.equals(normalised)) {
        return value;
      }
    }
    throw new InvalidValueException(DirectoryCodes.CODE_INVALID, code, "care-line");
  }
}
