package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * A target public of a service: who it is for (everyone, pregnant women, newcomers, young people, elderly people, homeless people...). Events reuse it.
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class TargetPublic extends Code {
  private static final CodeRegistry<TargetPublic> REGISTRY = new CodeRegistry<>("target-public", TargetPublic::new);

  /** Everyone ({@code all}). */
  public static final TargetPublic ALL =
      REGISTRY.define("all", LocalizedText.of("Tout public", "Iedereen", "Everyone"));

  /** Pregnant women ({@code pregnant-women}). */
  public static final TargetPublic PREGNANT_WOMEN =
      REGISTRY.define("pregnant-women", LocalizedText.of("Femmes enceintes", "Zwangere vrouwen", "Pregnant women"));

  /** Newcomers ({@code newcomers}). */
  public static final TargetPublic NEWCOMERS =
      REGISTRY.define("newcomers", LocalizedText.of("Primo-arrivant·es", "Nieuwkomers", "Newcomers"));

  /** Children ({@code children}). */
  public static final TargetPublic CHILDREN =
      REGISTRY.define("children", LocalizedText.of("Enfants", "Kinderen", "Children"));

  /** Young people ({@code young-people}). */
  public static final TargetPublic YOUNG_PEOPLE =
      REGISTRY.define("young-people", LocalizedText.of("Jeunes", "Jongeren", "Young people"));

  /** Families ({@code families}). */
  public static final TargetPublic FAMILIES =
      REGISTRY.define("families", LocalizedText.of("Familles", "Gezinnen", "Families"));

  /** Elderly people ({@code elderly}). */
  public static final TargetPublic ELDERLY =
      REGISTRY.define("elderly", LocalizedText.of("Personnes âgées", "Ouderen", "Elderly people"));

  /** Homeless people ({@code homeless}). */
  public static final TargetPublic HOMELESS =
      REGISTRY.define("homeless", LocalizedText.of("Personnes sans abri", "Daklozen", "Homeless people"));

  /** People with disabilities ({@code people-with-disabilities}). */
  public static final TargetPublic PEOPLE_WITH_DISABILITIES =
      REGISTRY.define("people-with-disabilities", LocalizedText.of("Personnes en situation de handicap", "Personen met een handicap", "People with disabilities"));

  /** Undocumented people ({@code undocumented}). */
  public static final TargetPublic UNDOCUMENTED =
      REGISTRY.define("undocumented", LocalizedText.of("Personnes sans titre de séjour", "Mensen zonder wettig verblijf", "Undocumented people"));

  /** Informal caregivers ({@code caregivers}). */
  public static final TargetPublic CAREGIVERS =
      REGISTRY.define("caregivers", LocalizedText.of("Aidant·es proches", "Mantelzorgers", "Informal caregivers"));

  /** Professionals ({@code professionals}). */
  public static final TargetPublic PROFESSIONALS =
      REGISTRY.define("professionals", LocalizedText.of("Professionnel·les", "Professionals", "Professionals"));

  private TargetPublic(String code, LocalizedText label, boolean defined) {
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
  public static TargetPublic define(String code, LocalizedText label) {
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
  public static TargetPublic parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<TargetPublic> values() {
    return REGISTRY.values();
  }
}
