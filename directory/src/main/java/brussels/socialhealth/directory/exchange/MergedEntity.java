package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.DirectoryCodes;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of entity a {@link RecordMerge} merged: an organisation, one of its sites or a service. One input
 * record can give several merges (an organisation, then its site at the same address); this tells them
 * apart. Travels as its lower-case {@link #code()}; people read its {@linkplain #label() label} in French,
 * Dutch or English.
 */
public enum MergedEntity implements Coded {
  /** An organisation ({@code organisation}). */
  ORGANISATION("organisation", LocalizedText.of("Organisation", "Organisatie", "Organisation")),
  /** A site ({@code site}). */
  SITE("site", LocalizedText.of("Site", "Vestiging", "Site")),
  /** A service ({@code service}). */
  SERVICE("service", LocalizedText.of("Service", "Dienst", "Service"));

  private final String code;
  private final LocalizedText label;

  MergedEntity(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the label in French, Dutch and English, the words of the import report.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Parses a code, ignoring case and surrounding blanks; {@code _} counts as {@code -}.
   *
   * @param code the code; may be null (then rejected)
   * @return the entity kind
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} for the list {@code merged-entity}
   *     if the code is unknown
   */
  @JsonCreator
  public static MergedEntity parse(String code) {
    return Coded.parse(MergedEntity.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID,
        "merged-entity");
  }
}
