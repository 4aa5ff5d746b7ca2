package brussels.socialhealth.directory.exchange;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one input record. Travels as its lower-case {@link #code()}. */
public enum RecordStatus {
  /** Imported with no problem. */
  ACCEPTED("accepted"),
  /** Imported; some values were dropped (kept as extensions) or some business rule warns. */
  ACCEPTED_WITH_WARNINGS("accepted-with-warnings"),
  /** Not imported; written to the rejects file. */
  REJECTED("rejected");

  private final String code;

  RecordStatus(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * Parses a code.
   *
   * @param code the code; not null
   * @return the status
   * @throws IllegalArgumentException if unknown
   */
  @JsonCreator
  public static RecordStatus parse(String code) {
    for (RecordStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown record status: " + code);
  }
}
