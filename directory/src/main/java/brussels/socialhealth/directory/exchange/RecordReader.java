package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.validation.Violation;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Streams the records of one partner export. Obtained from {@link RecordReaders#open}; memory use does not
 * grow with the input. Not thread-safe; closing it closes the input.
 */
public interface RecordReader extends Closeable {

  /**
   * Returns the shape of the input.
   *
   * @return the format
   */
  InputFormat getFormat();

  /**
   * Returns the header columns (CSV), known before any record is read; JSON inputs have none.
   *
   * @return an unmodifiable list, empty for JSON
   */
  List<String> getHeader();

  /**
   * Returns the encoding actually used to decode the input.
   *
   * @return a charset name such as {@code UTF-8} or {@code windows-1252}
   */
  String getEncoding();

  /**
   * Returns the separator used (CSV only).
   *
   * @return the separator, empty for JSON
   */
  Optional<Character> getSeparator();

  /**
   * Returns what the reader noticed about the input as a whole (detected encoding or separator, duplicate
   * header names): warnings that concern no single record.
   *
   * @return an unmodifiable list
   */
  List<Violation> getNotes();

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end
   * @throws IOException if reading fails
   * @throws ImportInputException if the input is broken beyond the current record (a JSON array whose
   *     syntax breaks): the records before it stay valid, the rest cannot be read
   */
  Optional<SourceRecord> next() throws IOException;

  /**
   * Opens a rejects file in the input's own format (same header, separator, encoding and byte-order mark
   * for CSV; a JSON array or JSON Lines for JSON), ready to fix and import again.
   *
   * @param out where to write; closed with the returned writer
   * @return the writer
   * @throws IOException if the header cannot be written
   */
  RejectsWriter openRejects(OutputStream out) throws IOException;

  /** Writes rejected records back in their input's format. Not thread-safe. */
  interface RejectsWriter extends Closeable {
    /**
     * Writes one record as it was read.
     *
     * @param record a record read by the reader that opened this writer; not null
     * @throws IOException if writing fails
     */
    void write(SourceRecord record) throws IOException;
  }
}
