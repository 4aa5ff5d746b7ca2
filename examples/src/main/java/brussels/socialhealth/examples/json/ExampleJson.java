package brussels.socialhealth.examples.json;

import brussels.socialhealth.core.json.SocialHealthJson;
import java.io.InputStream;

/**
 * Writes and reads JSON with the library's strict Jackson 3 mapper
 * ({@link SocialHealthJson#strictMapper()}). Stateless and thread-safe.
 */
public final class ExampleJson {
  private ExampleJson() {}

  /**
   * Writes a value as pretty-printed JSON.
   *
   * @param value the value; not null
   * @return the JSON text, lines separated by {@code \n}
   * @throws tools.jackson.core.JacksonException if the value cannot be written
   */
  public static String pretty(Object value) {
    return SocialHealthJson.strictMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value)
        .replace("\r\n", "\n");
  }

  /**
   * Writes a value as compact JSON (no white space).
   *
   * @param value the value; not null
   * @return the JSON text
   * @throws tools.jackson.core.JacksonException if the value cannot be written
   */
  public static String compact(Object value) {
    return SocialHealthJson.strictMapper().writeValueAsString(value);
  }

  /**
   * Reads a value from JSON with the strict reader.
   *
   * @param json the JSON text; not null
   * @param type the type to read; not null
   * @param <T> the type
   * @return the value
   * @throws tools.jackson.core.JacksonException if the text is not a valid {@code type}
   */
  public static <T> T read(String json, Class<T> type) {
    return SocialHealthJson.strictMapper().readValue(json, type);
  }

  /**
   * Reads a value from a JSON stream with the strict reader; the stream is not closed.
   *
   * @param json the JSON stream, UTF-8; not null
   * @param type the type to read; not null
   * @param <T> the type
   * @return the value
   * @throws tools.jackson.core.JacksonException if the stream is not a valid {@code type} or cannot be read
   */
  public static <T> T read(InputStream json, Class<T> type) {
    return SocialHealthJson.strictMapper().readValue(json, type);
  }
}
