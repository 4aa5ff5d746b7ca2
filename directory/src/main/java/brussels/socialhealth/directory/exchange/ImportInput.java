package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a partner export, which the importer may open more than once (once to check the encoding,
 * once to read). Implementations must return a fresh stream positioned at the start on every call.
 * Instances from the factories are immutable and thread-safe.
 */
public interface ImportInput {

  /**
   * Returns a name for reports, usually the file name.
   *
   * @return the name; never null
   */
  String getName();

  /**
   * Opens the bytes from the start.
   *
   * @return a new stream, to be closed by the caller
   * @throws IOException if the bytes cannot be read
   */
  InputStream open() throws IOException;

  /**
   * Returns the input of a file.
   *
   * @param file the file; not null
   * @return the input, named after the file's name
   */
  static ImportInput of(Path file) {
    requireNonNull(file, "file");
    return new ImportInput() {
      @Override
      public String getName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }
    };
  }

  /**
   * Returns an input over bytes held in memory (tests, small uploads).
   *
   * @param name the name for reports; not null
   * @param bytes the bytes; not null; copied
   * @return the input
   */
  static ImportInput of(String name, byte[] bytes) {
    requireNonNull(name, "name");
    byte[] copy = bytes.clone();
    return new ImportInput() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(copy);
      }
    };
  }
}
