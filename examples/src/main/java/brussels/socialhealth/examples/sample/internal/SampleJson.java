package brussels.socialhealth.examples.sample.internal;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.directory.Directory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads and writes the sample directory document with the library's strict Jackson 3 mapper. */
public final class SampleJson {
  private SampleJson() {}

  /**
   * Reads a directory document.
   *
   * @param in the input
   * @return the directory
   * @throws UncheckedIOException if it cannot be read
   */
  public static Directory read(InputStream in) {
    try {
      return SocialHealthJson.strictMapper().readValue(in, Directory.class);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  /**
   * Writes a directory as pretty JSON.
   *
   * @param directory the directory
   * @return the text, ending with a new line
   */
  public static String write(Directory directory) {
    return SocialHealthJson.strictMapper().writerWithDefaultPrettyPrinter().writeValueAsString(directory) + "\n";
  }
}
