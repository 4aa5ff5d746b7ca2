package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A role someone holds in a team or a body: coordination, prevention and health-promotion officer, chair, member...
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class Role extends Code {
  private static final CodeRegistry<Role> REGISTRY = new CodeRegistry<>("role", Role::new);

  /** Coordination ({@code coordination}). */
  public static final Role COORDINATION =
      REGISTRY.define("coordination", LocalizedText.of("Coordination", "Coördinatie", "Coordination"));

  /** Prevention and health-promotion officer ({@code prevention-health-promotion}). */
  public static final Role PREVENTION_HEALTH_PROMOTION =
      REGISTRY.define("prevention-health-promotion", LocalizedText.of("Chargé·e de prévention et promotion de la santé", "Medewerker preventie en gezondheidspromotie", "Prevention and health-promotion officer"));

  /** Helpdesk ({@code helpdesk}). */
  public static final Role HELPDESK =
      REGISTRY.define("helpdesk", LocalizedText.of("Helpdesk", "Helpdesk", "Helpdesk"));

  /** Chair ({@code chair}). */
  public static final Role CHAIR =
      REGISTRY.define("chair", LocalizedText.of("Présidence", "Voorzitter", "Chair"));

  /** Secretary ({@code secretary}). */
  public static final Role SECRETARY =
      REGISTRY.define("secretary", LocalizedText.of("Secrétariat", "Secretariaat", "Secretary"));

  /** Member ({@code member}). */
  public static final Role MEMBER =
      REGISTRY.define("member", LocalizedText.of("Membre", "Lid", "Member"));

  /** Representative ({@code representative}). */
  public static final Role REPRESENTATIVE =
      REGISTRY.define("representative", LocalizedText.of("Représentant·e", "Vertegenwoordiger", "Representative"));

  /** Ambassador ({@code ambassador}). */
  public static final Role AMBASSADOR =
      REGISTRY.define("ambassador", LocalizedText.of("Ambassadeur·rice", "Ambassadeur", "Ambassador"));

  /** Neighbourhood referent ({@code neighbourhood-referent}). */
  public static final Role NEIGHBOURHOOD_REFERENT =
      REGISTRY.define("neighbourhood-referent", LocalizedText.of("Référent·e de quartier", "Wijkreferent", "Neighbourhood referent"));

  private Role(String code, LocalizedText label, boolean defined) {
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
  public static Role define(String code, LocalizedText label) {
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
  public static Role parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<Role> values() {
    return REGISTRY.values();
  }
}
