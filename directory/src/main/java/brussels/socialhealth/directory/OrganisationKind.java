package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of an organisation: CPAS/OCMW, ASBL/VZW, communal service, hospital, medical house, mental-health service...
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class OrganisationKind extends Code {
  private static final CodeRegistry<OrganisationKind> REGISTRY = new CodeRegistry<>("organisation-kind", OrganisationKind::new);

  /** Public social welfare centre ({@code cpas}). */
  public static final OrganisationKind CPAS =
      REGISTRY.define("cpas", LocalizedText.of("CPAS", "OCMW", "Public social welfare centre"));

  /** Non-profit association ({@code asbl}). */
  public static final OrganisationKind ASBL =
      REGISTRY.define("asbl", LocalizedText.of("ASBL", "VZW", "Non-profit association"));

  /** Municipal service ({@code communal-service}). */
  public static final OrganisationKind COMMUNAL_SERVICE =
      REGISTRY.define("communal-service", LocalizedText.of("Service communal", "Gemeentelijke dienst", "Municipal service"));

  /** Hospital ({@code hospital}). */
  public static final OrganisationKind HOSPITAL =
      REGISTRY.define("hospital", LocalizedText.of("Hôpital", "Ziekenhuis", "Hospital"));

  /** Community health centre ({@code medical-house}). */
  public static final OrganisationKind MEDICAL_HOUSE =
      REGISTRY.define("medical-house", LocalizedText.of("Maison médicale", "Wijkgezondheidscentrum", "Community health centre"));

  /** Mental-health service ({@code mental-health-service}). */
  public static final OrganisationKind MENTAL_HEALTH_SERVICE =
      REGISTRY.define("mental-health-service", LocalizedText.of("Service de santé mentale", "Centrum voor geestelijke gezondheidszorg", "Mental-health service"));

  /** Home-care service ({@code home-care-service}). */
  public static final OrganisationKind HOME_CARE_SERVICE =
      REGISTRY.define("home-care-service", LocalizedText.of("Service d'aide et de soins à domicile", "Dienst voor thuiszorg", "Home-care service"));

  /** Social coordination ({@code social-coordination}). */
  public static final OrganisationKind SOCIAL_COORDINATION =
      REGISTRY.define("social-coordination", LocalizedText.of("Coordination sociale", "Sociale coördinatie", "Social coordination"));

  /** Federation ({@code federation}). */
  public static final OrganisationKind FEDERATION =
      REGISTRY.define("federation", LocalizedText.of("Fédération", "Federatie", "Federation"));

  /** Public body ({@code public-body}). */
  public static final OrganisationKind PUBLIC_BODY =
      REGISTRY.define("public-body", LocalizedText.of("Organisme public", "Overheidsinstelling", "Public body"));

  /** Family-planning centre ({@code family-planning}). */
  public static final OrganisationKind FAMILY_PLANNING =
      REGISTRY.define("family-planning", LocalizedText.of("Centre de planning familial", "Centrum voor gezinsplanning", "Family-planning centre"));

  /** Independent practice ({@code independent-practice}). */
  public static final OrganisationKind INDEPENDENT_PRACTICE =
      REGISTRY.define("independent-practice", LocalizedText.of("Pratique indépendante", "Zelfstandige praktijk", "Independent practice"));

  private OrganisationKind(String code, LocalizedText label, boolean defined) {
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
  public static OrganisationKind define(String code, LocalizedText label) {
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
  public static OrganisationKind parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<OrganisationKind> values() {
    return REGISTRY.values();
  }
}
