package brussels.socialhealth.directory.exchange.csv;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.directory.exchange.ExchangeCodes;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 reader, tolerant of what office software writes: any separator, fields quoted
 * with {@code "} that may contain separators, line breaks ({@code CRLF}, {@code LF} or {@code CR}) and
 * doubled quotes. Each {@link CsvRow} knows the exact line it starts on. Lines that are entirely empty are
 * skipped (they are not records). Memory use is bounded by the longest record, not the file.
 *
 * <p>Syntax problems do not stop the reader: a stray character after a closing quote or a quote left open
 * at the end of the file is recorded on the row ({@link CsvRow#problem()}) and reading goes on.
 *
 * <p>Not thread-safe: one reader per thread. Closing it closes the underlying {@link Reader}.
 */
public final class CsvReader implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final Reader reader;
  private final char separator;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private long line = 1;
  private boolean pendingCarriageReturn;
  private boolean eof;
  private final StringBuilder field = new StringBuilder();

  /**
   * Creates a reader over characters already decoded.
   *
   * @param reader the characters; not null; a leading byte-order mark must already be removed
   * @param separator the field separator
   */
  public CsvReader(Reader reader, char separator) {
    this.reader = requireNonNull(reader, "reader");
    this.separator = separator;
  }

  /**
   * Returns the separator most used outside quotes in a header line: {@code ;}, {@code ,}, a tab or
   * {@code |}; {@code ;} when none appears (a single-column file) or on a tie with {@code ,}, since that is
   * what Belgian office software writes by default.
   *
   * @param headerLine the first line of the file; not null
   * @return the separator
   */
  public static char detectSeparator(String headerLine) {
    char[] candidates = {';', ',', '\t', '|'};
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < candidates.length; k++) {
          if (c == candidates[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < candidates.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return candidates[best];
  }

  /**
   * Returns the 1-based line the next record would start on (after the last one read).
   *
   * @return the current line
   */
  public long getLine() {
    return line;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end of the input
   * @throws IOException if the input cannot be read
   */
  public Optional<CsvRow> next() throws IOException {
    while (true) {
      if (peek() < 0) {
        return Optional.empty();
      }
      long start = line;
      List<String> fields = new ArrayList<>();
      String problem = null;
      boolean sawContent = false;
      field.setLength(0);
      boolean atFieldStart = true;
      boolean quoted = false;
      boolean afterClosingQuote = false;
      while (true) {
        int c = read();
        if (c < 0) {
          if (quoted) {
            problem = ExchangeCodes.CSV_UNTERMINATED_QUOTE;
          }
          fields.add(field.toString());
          break;
        }
        char ch = (char) c;
        if (quoted) {
          if (ch == '"') {
            if (peek() == '"') {
              read();
              field.append('"');
            } else {
              quoted = false;
              afterClosingQuote = true;
            }
          } else {
            field.append(ch);
          }
          continue;
        }
        if (ch == separator) {
          fields.add(field.toString());
          field.setLength(0);
          atFieldStart = true;
          afterClosingQuote = false;
          sawContent = true;
          continue;
        }
        if (ch == '\n' || ch == '\r') {
          if (ch == '\r' && peek() == '\n') {
            read();
          }
          fields.add(field.toString());
          break;
        }
        if (ch == '"' && atFieldStart) {
          quoted = true;
          atFieldStart = false;
          sawContent = true;
          continue;
        }
        if (afterClosingQuote && problem == null) {
          problem = ExchangeCodes.CSV_STRAY_QUOTE;
        }
        atFieldStart = false;
        sawContent = true;
        field.append(ch);
      }
      long end = lineOfLastCharacter();
      if (!sawContent && fields.size() == 1 && fields.get(0).isEmpty()) {
        continue; // an empty line is not a record
      }
      return Optional.of(new CsvRow(start, fields, Math.max(start, end), Optional.ofNullable(problem)));
    }
  }

  private long lastCharLine = 1;

  private long lineOfLastCharacter() {
    return lastCharLine;
  }

  private int peek() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position >= limit && !fill()) {
      return -1;
    }
    char c = buffer[position++];
    lastCharLine = c == '\n' && pendingCarriageReturn ? line - 1 : line;
    // Count lines as characters are consumed: LF, CRLF (counted at the LF) and a lone CR.
    if (c == '\n') {
      if (!pendingCarriageReturn) {
        line++;
      }
      pendingCarriageReturn = false;
    } else if (c == '\r') {
      line++;
      pendingCarriageReturn = true;
    } else {
      pendingCarriageReturn = false;
    }
    return c;
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = reader.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
