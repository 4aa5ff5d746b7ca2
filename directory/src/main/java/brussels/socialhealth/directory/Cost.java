package brussels.socialhealth.directory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a service costs the person who uses it.
 *
 * <p>A closed list; on the wire each constant is its stable code ({@link #code()}).
 */
public enum Cost implements Coded {
  /** Free ({@code free}). */
  FREE("free", LocalizedText.of("Gratuit", "Gratis", "Free")),
  /** Income-based ({@code income-based}). */
  INCOME_BASED("income-based", LocalizedText.of("Selon les revenus", "Volgens inkomen", "Income-based")),
  /** Paid ({@code paid}). */
  PAID("paid", LocalizedText.of("Payant", "Betalend", "Paid"));

  private final String code;
  private final LocalizedText label;

  Cost(String code, LocalizedText label) {
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
  public static Cost parse(String code) {
    return Coded.parse(Cost.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID, "cost");
  }
}
