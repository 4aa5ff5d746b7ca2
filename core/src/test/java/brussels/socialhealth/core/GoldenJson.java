package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file check shared by the tests of every module (other modules take it from core's test-jar,
 * {@code <type>test-jar</type>} in test scope): the object written by Jackson 3 and by Jackson 2 must
 * equal, byte for byte, {@code src/test/resources/golden/<name>.json} of the module under test, and
 * reading the file back with either line must give an equal object.
 *
 * <p>A missing golden file is written (with {@code -Dgolden.write=true}) so a reviewer can read it; the
 * test still fails, so the file is always looked at once before it is trusted.
 */
public final class GoldenJson {
  private GoldenJson() {}

  /**
   * Asserts the golden contract for one object.
   *
   * @param testClass the test class, whose resources hold the golden file
   * @param name the golden file name without extension
   * @param value the object
   * @param type the declared type to read back
   * @param <T> the type
   */
  public static <T> void assertGolden(Class<?> testClass, String name, T value, Class<T> type) {
    try {
      String jackson3 = SocialHealthJson.strictMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
      String jackson2 = SocialHealthJackson2.strictMapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
      String resource = "/golden/" + name + ".json";
      String golden;
      try (InputStream in = testClass.getResourceAsStream(resource)) {
        if (in == null) {
          if (Boolean.getBoolean("golden.write")) {
            Path path = Path.of("src/test/resources/golden", name + ".json");
            Files.createDirectories(path.getParent());
            Files.writeString(path, jackson3 + "\n", StandardCharsets.UTF_8);
          }
          throw new AssertionError("missing golden file " + resource + "; Jackson 3 wrote:\n" + jackson3);
        }
        golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
      }
      assertThat(jackson3).as("Jackson 3 output of %s", name).isEqualTo(normalise(golden));
      assertThat(jackson2).as("Jackson 2 output of %s", name).isEqualTo(normalise(golden));
      assertThat(SocialHealthJson.strictMapper().readValue(golden, type)).as("Jackson 3 read-back").isEqualTo(value);
      assertThat(SocialHealthJackson2.strictMapper().readValue(golden, type)).as("Jackson 2 read-back").isEqualTo(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Asserts the round-trip contract without a golden file, for generated values: Jackson 3 and Jackson 2
   * write the same compact JSON, and either line reads it back equal to the value.
   *
   * @param value the object
   * @param type the declared type to read back
   * @param <T> the type
   */
  public static <T> void assertRoundTrip(T value, Class<T> type) {
    try {
      String jackson3 = SocialHealthJson.strictMapper().writeValueAsString(value);
      String jackson2 = SocialHealthJackson2.strictMapper().writeValueAsString(value);
      assertThat(jackson2).as("Jackson 2 output").isEqualTo(jackson3);
      assertThat(SocialHealthJson.strictMapper().readValue(jackson3, type)).as("Jackson 3 read-back").isEqualTo(value);
      assertThat(SocialHealthJackson2.strictMapper().readValue(jackson3, type)).as("Jackson 2 read-back").isEqualTo(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String normalise(String text) {
    return text.replace("\r\n", "\n");
  }
}
