package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The shapes of partner export the importer reads. Travels as its lower-case {@link #code()};
 * {@code ndjson} is read as {@code jsonl}.
 */
public enum InputFormat implements Coded {
  /** Comma- or semicolon-separated values with a header row. */
  CSV("csv"),
  /** A JSON array of objects, one object per record. */
  JSON("json"),
  /** JSON Lines: one JSON object per line. */
  JSON_LINES("jsonl");

  private static final String NDJSON = "ndjson";

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
  @Override
  public String code() {
    return code;
  }

  /**
   * Finds a format by its code.
   *
   * @param code the code, case-insensitive, surrounding blanks ignored; {@code ndjson} for
   *     {@code jsonl}; may be null
   * @return the format, or empty if the code is unknown
   */
  public static Optional<InputFormat> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = normalise(code.strip());
    for (InputFormat format : values()) {
      if (format.code.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /**
   * Parses a format code, ignoring case and surrounding blanks; {@code ndjson} is {@code jsonl}.
   *
   * @param code the code; may be null (then rejected)
   * @return the format
   * @throws InvalidValueException {@link ExchangeCodes#MAPPING_BAD_VALUE} for {@code format} if the code is
   *     unknown
   */
  @JsonCreator
  public static InputFormat parse(String code) {
    return Coded.parse(InputFormat.class, InputFormat::normalise, code, ExchangeCodes.MAPPING_BAD_VALUE, "format",
        "csv, json, jsonl");
  }

  private static String normalise(String stripped) {
    String lower = stripped.toLowerCase(Locale.ROOT);
    return lower.equals(NDJSON) ? JSON_LINES.code : lower;
  }
}
