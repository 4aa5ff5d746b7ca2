package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How sure the reference data is of a fact, on the scale of the territory research notes
 * ({@code docs/territory.md}). On the wire: {@code "high"}, {@code "medium"}, {@code "low"}.
 */
public enum Confidence implements Coded {
  /** Stated by an official or primary source and cross-checked (H). */
  HIGH("high"),
  /** A single credible source, or a consistent inference (M). */
  MEDIUM("medium"),
  /** Indirect, or not independently checked (L). */
  LOW("low");

  private final String code;

  Confidence(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code.
   *
   * @return the code, for example {@code "medium"}
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the lower of two confidences.
   *
   * @param other the other confidence; not null
   * @return the lower one
   */
  public Confidence min(Confidence other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Parses a code, ignoring case; also accepts the letters {@code H}, {@code M}, {@code L}.
   *
   * @param code the code; not null
   * @return the confidence
   * @throws InvalidValueException {@link TerritoryCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static Confidence parse(String code) {
    return Coded.parse(Confidence.class, Confidence::spellOutLetter, code, TerritoryCodes.CODE_UNKNOWN, "confidence");
  }

  private static String spellOutLetter(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "h" -> HIGH.code;
      case "m" -> MEDIUM.code;
      case "l" -> LOW.code;
      default -> lower;
    };
  }
}
