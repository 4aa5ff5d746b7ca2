package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * How a service is reached: in person, by phone, by e-mail, outreach ("aller vers"), home visit, online.
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class AccessMode extends Code {
  private static final CodeRegistry<AccessMode> REGISTRY = new CodeRegistry<>("access-mode", AccessMode::new);

  /** In person ({@code in-person}). */
  public static final AccessMode IN_PERSON =
      REGISTRY.define("in-person", LocalizedText.of("Accueil en présentiel", "Onthaal ter plaatse", "In person"));

  /** Phone ({@code phone}). */
  public static final AccessMode PHONE =
      REGISTRY.define("phone", LocalizedText.of("Téléphone", "Telefoon", "Phone"));

  /** E-mail ({@code email}). */
  public static final AccessMode EMAIL =
      REGISTRY.define("email", LocalizedText.of("Courriel", "E-mail", "E-mail"));

  /** Outreach ({@code outreach}). */
  public static final AccessMode OUTREACH =
      REGISTRY.define("outreach", LocalizedText.of("Aller vers", "Outreachend werken", "Outreach"));

  /** Home visit ({@code home-visit}). */
  public static final AccessMode HOME_VISIT =
      REGISTRY.define("home-visit", LocalizedText.of("Visite à domicile", "Huisbezoek", "Home visit"));

  /** Online ({@code online}). */
  public static final AccessMode ONLINE =
      REGISTRY.define("online", LocalizedText.of("En ligne", "Online", "Online"));

  private AccessMode(String code, LocalizedText label, boolean defined) {
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
  public static AccessMode define(String code, LocalizedText label) {
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
  public static AccessMode parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<AccessMode> values() {
    return REGISTRY.values();
  }
}
