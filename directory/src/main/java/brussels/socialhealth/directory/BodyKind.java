package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The kind of a standing body: the ZOGAB bassin support group, a social coordination, the bassin action council, a working group...
 *
 * <p>An extensible {@linkplain Code code list}: the constants below are built in, {@link #define} adds
 * entries, {@link #parse} reads any well-formed code. JSON form: the code string. Immutable and
 * thread-safe.
 */
public final class BodyKind extends Code {
  private static final CodeRegistry<BodyKind> REGISTRY = new CodeRegistry<>("body-kind", BodyKind::new);

  /** Bassin support group (ZOGAB) ({@code bassin-support-group}). */
  public static final BodyKind BASSIN_SUPPORT_GROUP =
      REGISTRY.define("bassin-support-group", LocalizedText.of("Groupe d'appui au bassin (ZOGAB)", "Zorgzone-ondersteuningsgroep (ZOGAB)", "Bassin support group (ZOGAB)"));

  /** Social coordination ({@code social-coordination}). */
  public static final BodyKind SOCIAL_COORDINATION =
      REGISTRY.define("social-coordination", LocalizedText.of("Coordination sociale", "Sociale coördinatie", "Social coordination"));

  /** Bassin action council ({@code bassin-action-council}). */
  public static final BodyKind BASSIN_ACTION_COUNCIL =
      REGISTRY.define("bassin-action-council", LocalizedText.of("Conseil de l'Action du Bassin", "Raad voor de Zorgzoneactie", "Bassin action council"));

  /** Working group ({@code working-group}). */
  public static final BodyKind WORKING_GROUP =
      REGISTRY.define("working-group", LocalizedText.of("Groupe de travail", "Werkgroep", "Working group"));

  /** Neighbourhood working group ({@code neighbourhood-group}). */
  public static final BodyKind NEIGHBOURHOOD_GROUP =
      REGISTRY.define("neighbourhood-group", LocalizedText.of("Groupe de travail de quartier", "Wijkwerkgroep", "Neighbourhood working group"));

  private BodyKind(String code, LocalizedText label, boolean defined) {
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
  public static BodyKind define(String code, LocalizedText label) {
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
  public static BodyKind parse(String code) {
    return REGISTRY.parse(code);
  }

  /**
   * Returns the defined entries, built-in first, in definition order.
   *
   * @return an immutable list
   */
  public static List<BodyKind> values() {
    return REGISTRY.values();
  }
}
