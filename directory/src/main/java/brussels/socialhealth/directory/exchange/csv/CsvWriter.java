package brussels.socialhealth.directory.exchange.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV records in a given {@link CsvDialect}: same separator, same encoding, a byte-order mark when
 * the dialect has one, lines ended by {@code CRLF} (RFC 4180). A field is quoted when it contains the
 * separator, a quote, a line break, or starts or ends with a space; quotes inside are doubled. What this
 * writer writes, {@link CsvReader} reads back field for field.
 *
 * <p>Not thread-safe. Closing the writer closes the stream.
 */
public final class CsvWriter implements Closeable, Flushable {
  private final Writer writer;
  private final char separator;

  /**
   * Creates a writer; writes the byte-order mark at once if the dialect has one.
   *
   * @param out the bytes; not null
   * @param dialect the dialect; not null
   * @throws IOException if the byte-order mark cannot be written
   */
  public CsvWriter(OutputStream out, CsvDialect dialect) throws IOException {
    requireNonNull(out, "out");
    this.separator = dialect.getSeparator();
    this.writer = new BufferedWriter(new OutputStreamWriter(out, dialect.getCharset().newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    if (dialect.hasByteOrderMark() && dialect.getCharset().equals(StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
    }
  }

  /**
   * Writes one record.
   *
   * @param fields the fields; not null, no null element
   * @throws IOException if writing fails
   */
  public void write(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        writer.write(separator);
      }
      writeField(fields.get(i));
    }
    writer.write("\r\n");
  }

  private void writeField(String value) throws IOException {
    boolean quote = !value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == separator || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      writer.write(value);
      return;
    }
    writer.write('"');
    writer.write(value.replace("\"", "\"\""));
    writer.write('"');
  }

  @Override
  public void flush() throws IOException {
    writer.flush();
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
