package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A theme of the social-health offer: what a service is about (mental health, housing, debt, access to rights...). Events reuse it for concertations and helpdesk cases.
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class Theme extends Code {
  private static final CodeRegistry<Theme> REGISTRY = new CodeRegistry<>("theme", Theme::new);

  /** General information and orientation ({@code information-orientation}). */
  public static final Theme INFORMATION_ORIENTATION =
      REGISTRY.define("information-orientation", LocalizedText.of("Information et orientation généraliste", "Algemene informatie en doorverwijzing", "General information and orientation"));

  /** Mental health ({@code mental-health}). */
  public static final Theme MENTAL_HEALTH =
      REGISTRY.define("mental-health", LocalizedText.of("Santé mentale", "Geestelijke gezondheid", "Mental health"));

  /** Prevention and health promotion ({@code prevention-health-promotion}). */
  public static final Theme PREVENTION_HEALTH_PROMOTION =
      REGISTRY.define("prevention-health-promotion", LocalizedText.of("Prévention et promotion de la santé", "Preventie en gezondheidspromotie", "Prevention and health promotion"));

  /** Hospital and ambulatory care liaison ({@code hospital-ambulatory-liaison}). */
  public static final Theme HOSPITAL_AMBULATORY_LIAISON =
      REGISTRY.define("hospital-ambulatory-liaison", LocalizedText.of("Liaison hôpital-ambulatoire", "Verbinding ziekenhuis-ambulante zorg", "Hospital and ambulatory care liaison"));

  /** Health-crisis preparedness ({@code health-crisis-preparedness}). */
  public static final Theme HEALTH_CRISIS_PREPAREDNESS =
      REGISTRY.define("health-crisis-preparedness", LocalizedText.of("Préparation aux crises sanitaires", "Voorbereiding op gezondheidscrisissen", "Health-crisis preparedness"));

  /** Primary care ({@code primary-care}). */
  public static final Theme PRIMARY_CARE =
      REGISTRY.define("primary-care", LocalizedText.of("Soins de première ligne", "Eerstelijnszorg", "Primary care"));

  /** Home care ({@code home-care}). */
  public static final Theme HOME_CARE =
      REGISTRY.define("home-care", LocalizedText.of("Aide et soins à domicile", "Thuiszorg", "Home care"));

  /** Housing ({@code housing}). */
  public static final Theme HOUSING =
      REGISTRY.define("housing", LocalizedText.of("Logement", "Huisvesting", "Housing"));

  /** Debt ({@code debt}). */
  public static final Theme DEBT =
      REGISTRY.define("debt", LocalizedText.of("Surendettement", "Schuldoverlast", "Debt"));

  /** Access to rights ({@code access-to-rights}). */
  public static final Theme ACCESS_TO_RIGHTS =
      REGISTRY.define("access-to-rights", LocalizedText.of("Accès aux droits", "Toegang tot rechten", "Access to rights"));

  /** Food aid ({@code food-aid}). */
  public static final Theme FOOD_AID =
      REGISTRY.define("food-aid", LocalizedText.of("Aide alimentaire", "Voedselhulp", "Food aid"));

  /** Addiction ({@code addiction}). */
  public static final Theme ADDICTION =
      REGISTRY.define("addiction", LocalizedText.of("Assuétudes", "Verslaving", "Addiction"));

  /** Family support ({@code family-support}). */
  public static final Theme FAMILY_SUPPORT =
      REGISTRY.define("family-support", LocalizedText.of("Soutien à la parentalité", "Opvoedingsondersteuning", "Family support"));

  /** Employment and training ({@code employment-training}). */
  public static final Theme EMPLOYMENT_TRAINING =
      REGISTRY.define("employment-training", LocalizedText.of("Emploi et formation", "Werk en opleiding", "Employment and training"));

  /** Legal aid ({@code legal-aid}). */
  public static final Theme LEGAL_AID =
      REGISTRY.define("legal-aid", LocalizedText.of("Aide juridique", "Juridische bijstand", "Legal aid"));

  /** Social cohesion ({@code social-cohesion}). */
  public static final Theme SOCIAL_COHESION =
      REGISTRY.define("social-cohesion", LocalizedText.of("Cohésion sociale", "Sociale cohesie", "Social cohesion"));

  /** Palliative care ({@code palliative-care}). */
  public static final Theme PALLIATIVE_CARE =
      REGISTRY.define("palliative-care", LocalizedText.of("Soins palliatifs", "Palliatieve zorg", "Palliative care"));

  /** Disability ({@code disability}). */
  public static final Theme DISABILITY =
      REGISTRY.define("disability", LocalizedText.of("Handicap", "Handicap", "Disability"));

  private Theme(String code, LocalizedText label, boolean defined) {
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
  public static Theme define(String code, LocalizedText label) {
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
  public static Theme parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<Theme> values() {
    return REGISTRY.values();
  }
}
