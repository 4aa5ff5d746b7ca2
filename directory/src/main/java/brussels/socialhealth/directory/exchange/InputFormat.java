package brussels.socialhealth.directory.exchange;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** The shapes of partner export the importer reads. Travels as its lower-case {@link #code()}. */
public enum InputFormat {
  /** Comma- or semicolon-separated values with a header row. */
  CSV("csv"),
  /** A JSON array of objects, one object per record. */
  JSON("json"),
  /** JSON Lines: one JSON object per line. */
  JSON_LINES("jsonl");

  private final String code;

  InputFormat(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code used in mapping files and reports.
   *
   * @return {@code csv}, {@code json} or {@code jsonl}
   */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * Finds a format by its code.
   *
   * @param code the code, case-insensitive; may be null
   * @return the format, or empty if the code is unknown
   */
  public static Optional<InputFormat> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    for (InputFormat format : values()) {
      if (format.code.equals(wanted) || ("ndjson".equals(wanted) && format == JSON_LINES)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a format code.
   *
   * @param code the code; not null
   * @return the format
   * @throws IllegalArgumentException if the code is unknown
   */
  @JsonCreator
  public static InputFormat parse(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("unknown input format: " + code));
  }
}
