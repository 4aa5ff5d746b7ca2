package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.directory.exchange.internal.CsvRecordReader;
import brussels.socialhealth.directory.exchange.json.JsonRecordReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Optional;

/** Opens {@link RecordReader}s over partner exports. */
public final class RecordReaders {
  private RecordReaders() {}

  /**
   * Opens a partner export.
   *
   * @param input the bytes; not null
   * @param format the shape; not null
   * @param encoding the declared encoding, empty to detect (a UTF-8 byte-order mark always wins; bytes that
   *     are not valid UTF-8 are then read as Windows-1252, with a warning in {@link RecordReader#getNotes()})
   * @param separator the declared CSV separator, empty to detect it from the header
   * @return the reader; for CSV the header is already read
   * @throws IOException if reading fails
   * @throws ImportInputException if the input is empty, of the wrong shape, or declared UTF-8 but is not
   */
  public static RecordReader open(ImportInput input, InputFormat format, Optional<Charset> encoding,
      Optional<Character> separator) throws IOException {
    switch (format) {
      case CSV:
        return CsvRecordReader.open(input, encoding, separator);
      case JSON:
      case JSON_LINES:
        return JsonRecordReader.open(input, format, encoding);
      default:
        throw new IllegalArgumentException("unknown format " + format);
    }
  }
}
