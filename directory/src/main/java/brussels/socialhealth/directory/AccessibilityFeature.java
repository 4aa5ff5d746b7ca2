package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A feature that makes a site accessible: wheelchair access, accessible toilet, hearing loop...
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class AccessibilityFeature extends Code {
  private static final CodeRegistry<AccessibilityFeature> REGISTRY = new CodeRegistry<>("accessibility-feature", AccessibilityFeature::new);

  /** Wheelchair access ({@code wheelchair-access}). */
  public static final AccessibilityFeature WHEELCHAIR_ACCESS =
      REGISTRY.define("wheelchair-access", LocalizedText.of("Accès en chaise roulante", "Toegankelijk met rolstoel", "Wheelchair access"));

  /** Accessible toilet ({@code accessible-toilet}). */
  public static final AccessibilityFeature ACCESSIBLE_TOILET =
      REGISTRY.define("accessible-toilet", LocalizedText.of("Toilette adaptée", "Aangepast toilet", "Accessible toilet"));

  /** Hearing loop ({@code hearing-loop}). */
  public static final AccessibilityFeature HEARING_LOOP =
      REGISTRY.define("hearing-loop", LocalizedText.of("Boucle à induction", "Ringleiding", "Hearing loop"));

  /** Near public transport ({@code public-transport}). */
  public static final AccessibilityFeature PUBLIC_TRANSPORT =
      REGISTRY.define("public-transport", LocalizedText.of("Proche des transports en commun", "Dicht bij openbaar vervoer", "Near public transport"));

  /** Child-friendly ({@code child-friendly}). */
  public static final AccessibilityFeature CHILD_FRIENDLY =
      REGISTRY.define("child-friendly", LocalizedText.of("Adapté aux enfants", "Kindvriendelijk", "Child-friendly"));

  private AccessibilityFeature(String code, LocalizedText label, boolean defined) {
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
  public static AccessibilityFeature define(String code, LocalizedText label) {
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
  public static AccessibilityFeature parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<AccessibilityFeature> values() {
    return REGISTRY.values();
  }
}
