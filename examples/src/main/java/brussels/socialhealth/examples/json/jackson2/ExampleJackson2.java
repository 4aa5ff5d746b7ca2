package brussels.socialhealth.examples.json.jackson2;

import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;

/**
 * Writes JSON with the library's strict Jackson 2 mapper ({@link SocialHealthJackson2#strictMapper()}).
 * Stateless and thread-safe.
 */
public final class ExampleJackson2 {
  private ExampleJackson2() {}

  /**
   * Writes a value as pretty-printed JSON.
   *
   * @param value the value; not null
   * @return the JSON text, lines separated by {@code \n}
   * @throws UncheckedIOException if the value cannot be written
   */
  public static String pretty(Object value) {
    try {
      return SocialHealthJackson2.strictMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value)
          .replace("\r\n", "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
