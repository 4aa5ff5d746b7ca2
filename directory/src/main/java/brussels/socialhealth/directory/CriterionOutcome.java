package brussels.socialhealth.directory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The outcome of one label criterion for one service.
 *
 * <p>A closed list; on the wire each constant is its stable code ({@link #code()}).
 */
public enum CriterionOutcome implements Coded {
  /** Met ({@code met}). */
  MET("met", LocalizedText.of("Rempli", "Voldaan", "Met")),
  /** Not met ({@code not-met}). */
  NOT_MET("not-met", LocalizedText.of("Non rempli", "Niet voldaan", "Not met")),
  /** Unknown ({@code unknown}). */
  UNKNOWN("unknown", LocalizedText.of("Inconnu", "Onbekend", "Unknown"));

  private final String code;
  private final LocalizedText label;

  CriterionOutcome(String code, LocalizedText label) {
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
  public static CriterionOutcome parse(String code) {
    return Coded.parse(CriterionOutcome.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID, "criterion-outcome");
  }
}
