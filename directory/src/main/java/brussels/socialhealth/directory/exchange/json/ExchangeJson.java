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
