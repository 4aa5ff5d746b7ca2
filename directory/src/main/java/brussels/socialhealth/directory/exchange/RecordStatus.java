package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.DirectoryCodes;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What became of one input record. Travels as its lower-case {@link #code()}; people read its
 * {@linkplain #label() label} in French, Dutch or English.
 */
public enum RecordStatus implements Coded {
  /** Imported with no problem. */
  ACCEPTED("accepted", LocalizedText.of("Accepté", "Aanvaard", "Accepted")),
  /** Imported; some values were dropped (kept as extensions) or some business rule warns. */
  ACCEPTED_WITH_WARNINGS("accepted-with-warnings",
      LocalizedText.of("Accepté avec avertissements", "Aanvaard met waarschuwingen", "Accepted with warnings")),
  /** Not imported; written to the rejects file. */
  REJECTED("rejected", LocalizedText.of("Rejeté", "Geweigerd", "Rejected"));

  private final String code;
  private final LocalizedText label;

  RecordStatus(String code, LocalizedText label) {
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
   * @return the status
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} for the list {@code record-status}
   *     if the code is unknown
   */
  @JsonCreator
  public static RecordStatus parse(String code) {
    return Coded.parse(RecordStatus.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID,
        "record-status");
  }
}
