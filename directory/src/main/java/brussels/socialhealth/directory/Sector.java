package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A sector of activity of an organisation (social, health, mental health...). Events reuse it to describe participants.
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class Sector extends Code {
  private static final CodeRegistry<Sector> REGISTRY = new CodeRegistry<>("sector", Sector::new);

  /** Social ({@code social}). */
  public static final Sector SOCIAL =
      REGISTRY.define("social", LocalizedText.of("Social", "Welzijn", "Social"));

  /** Health ({@code health}). */
  public static final Sector HEALTH =
      REGISTRY.define("health", LocalizedText.of("Santé", "Gezondheid", "Health"));

  /** Mental health ({@code mental-health}). */
  public static final Sector MENTAL_HEALTH =
      REGISTRY.define("mental-health", LocalizedText.of("Santé mentale", "Geestelijke gezondheidszorg", "Mental health"));

  /** Prevention ({@code prevention}). */
  public static final Sector PREVENTION =
      REGISTRY.define("prevention", LocalizedText.of("Prévention", "Preventie", "Prevention"));

  /** Housing ({@code housing}). */
  public static final Sector HOUSING =
      REGISTRY.define("housing", LocalizedText.of("Logement", "Wonen", "Housing"));

  /** Employment ({@code employment}). */
  public static final Sector EMPLOYMENT =
      REGISTRY.define("employment", LocalizedText.of("Emploi", "Werk", "Employment"));

  /** Education ({@code education}). */
  public static final Sector EDUCATION =
      REGISTRY.define("education", LocalizedText.of("Éducation", "Onderwijs", "Education"));

  /** Culture ({@code culture}). */
  public static final Sector CULTURE =
      REGISTRY.define("culture", LocalizedText.of("Culture", "Cultuur", "Culture"));

  private Sector(String code, LocalizedText label, boolean defined) {
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
  public static Sector define(String code, LocalizedText label) {
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
  public static Sector parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<Sector> values() {
    return REGISTRY.values();
  }
}
