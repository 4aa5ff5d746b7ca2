package brussels.socialhealth.directory.exchange.json;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.directory.exchange.ImportReport;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON output of the integration toolkit with the library's Jackson 3 configuration: the report as a
 * pretty-printed document, and a streaming writer of imported values (a JSON array or JSON Lines) whose
 * memory does not grow with the number of values. Stateless and thread-safe (writers are not).
 */
public final class ExchangeJson {
  private static final JsonMapper JSON = SocialHealthJson.strictMapper();

  private ExchangeJson() {}

  /**
   * Returns the report as pretty-printed JSON.
   *
   * @param report the report; not null
   * @return the JSON text, ended by a line break
   */
  public static String toJson(ImportReport report) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
  }

  /**
   * Reads a report back.
   *
   * @param json the JSON text; not null
   * @return the report
   * @throws tools.jackson.core.JacksonException if the text is not a valid report
   */
  public static ImportReport readReport(String json) {
    return JSON.readValue(json, ImportReport.class);
  }

  /**
   * Writes one value (a {@link brussels.socialhealth.directory.Directory}, for example) as pretty-printed
   * JSON with the library's configuration.
   *
   * @param value the value; not null
   * @return the JSON text, ended by a line break
   */
  public static String toPrettyJson(Object value) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }

  /**
   * Reads a directory document strictly (unknown properties, duplicate keys, trailing tokens and values the
   * model refuses are errors), which is how a document is checked against the directory's JSON format.
   *
   * @param json the JSON text; not null
   * @return the directory
   * @throws DocumentException with the line, column and reason when the document is not valid
   */
  public static brussels.socialhealth.directory.Directory readDirectory(String json) {
    try {
      return JSON.readValue(json, brussels.socialhealth.directory.Directory.class);
    } catch (tools.jackson.core.JacksonException e) {
      tools.jackson.core.TokenStreamLocation where = e.getLocation();
      throw new DocumentException(where == null ? 1 : where.getLineNr(), where == null ? 1 : where.getColumnNr(),
          e.getOriginalMessage(), e);
    }
  }

  /** Thrown when a document does not match the JSON format of its type; carries the place. */
  public static final class DocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;

    DocumentException(long line, long column, String reason, Throwable cause) {
      super(reason, cause);
      this.line = line;
      this.column = column;
    }

    /**
     * Returns the 1-based line.
     *
     * @return the line
     */
    public long getLine() {
      return line;
    }

    /**
     * Returns the 1-based column.
     *
     * @return the column
     */
    public long getColumn() {
      return column;
    }
  }

  /**
   * Reads a JSON object into plain maps, lists, strings, numbers and booleans (for HSDS bundles), with the
   * library's reading limits.
   *
   * @param json the JSON text; not null
   * @return the object as a map
   * @throws tools.jackson.core.JacksonException if the text is not a JSON object
   */
  @SuppressWarnings("unchecked")
  public static java.util.Map<String, Object> readMap(String json) {
    return JSON.readValue(json, java.util.Map.class);
  }

  /**
   * Opens a streaming writer of values.
   *
   * @param out the bytes (UTF-8); closed with the writer
   * @param lines true for JSON Lines, false for a JSON array
   * @return the writer
   * @throws IOException if the opening bracket cannot be written
   */
  public static ValueWriter openValueWriter(OutputStream out, boolean lines) throws IOException {
    return new ValueWriter(out, lines);
  }

  /** Writes values one by one as a JSON array (one value per line) or JSON Lines. Not thread-safe. */
  public static final class ValueWriter implements Closeable, Flushable {
    private final Writer writer;
    private final boolean lines;
    private boolean first = true;

    private ValueWriter(OutputStream out, boolean lines) throws IOException {
      this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      this.lines = lines;
      if (!lines) {
        writer.write("[");
      }
    }

    /**
     * Writes one value.
     *
     * @param value a value the library's mapper can write; not null
     * @throws UncheckedIOException if writing fails (so that it can be used as a sink)
     */
    public void write(Object value) {
      try {
        if (!lines) {
          writer.write(first ? "\n" : ",\n");
        }
        writer.write(JSON.writeValueAsString(value));
        if (lines) {
          writer.write("\n");
        }
        first = false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
    }

    @Override
    public void close() throws IOException {
      if (!lines) {
        writer.write(first ? "]\n" : "\n]\n");
      }
      writer.close();
    }
  }
}
