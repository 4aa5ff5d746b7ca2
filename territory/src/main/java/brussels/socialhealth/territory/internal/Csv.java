package brussels.socialhealth.territory.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 reader: a delimiter, double-quoted fields with doubled quotes, CRLF or LF line ends,
 * an optional byte-order mark, a header row. Not thread-safe while reading; the rows it returns are
 * immutable.
 */
public final class Csv {
  private Csv() {}

  /** One data row: its 1-based physical line number and its cells by header name. */
  public static final class Row {
    private final long line;
    private final Map<String, String> cells;

    Row(long line, Map<String, String> cells) {
      this.line = line;
      this.cells = Collections.unmodifiableMap(cells);
    }

    /**
     * Returns the line the row starts on.
     *
     * @return the 1-based line
     */
    public long line() {
      return line;
    }

    /**
     * Returns a cell, stripped, or the empty string when the column is absent.
     *
     * @param column the header name
     * @return the cell
     */
    public String get(String column) {
      String value = cells.get(column);
      return value == null ? "" : value.strip();
    }

    /**
     * Returns a non-blank cell.
     *
     * @param column the header name
     * @return the cell, empty when blank or absent
     */
    public Optional<String> find(String column) {
      String value = get(column);
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
  }

  /** A parsed table: the header and the rows. */
  public static final class Table {
    private final List<String> header;
    private final List<Row> rows;

    Table(List<String> header, List<Row> rows) {
      this.header = List.copyOf(header);
      this.rows = List.copyOf(rows);
    }

    /**
     * Returns the header names, stripped.
     *
     * @return an immutable list
     */
    public List<String> header() {
      return header;
    }

    /**
     * Returns the data rows (blank lines skipped).
     *
     * @return an immutable list
     */
    public List<Row> rows() {
      return rows;
    }
  }

  /** Thrown on a malformed table, with the line it was found on. */
  public static final class CsvException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    CsvException(String message, long line) {
      super(message + " (line " + line + ")");
      this.line = line;
    }

    /**
     * Returns the line of the problem.
     *
     * @return the 1-based line
     */
    public long line() {
      return line;
    }
  }

  /**
   * Reads a whole table.
   *
   * @param reader the text; not null; not closed
   * @param delimiter the cell delimiter, usually {@code ,} or {@code ;}
   * @param maxRows a bound on the number of rows, against oversized input
   * @return the table
   * @throws IOException on a read error or a malformed table ({@link CsvException})
   */
  public static Table read(Reader reader, char delimiter, int maxRows) throws IOException {
    List<List<String>> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean cellWasQuoted = false;
    long line = 1;
    long recordLine = 1;
    int c = reader.read();
    if (c == '\uFEFF') {
      c = reader.read();
    }
    while (c != -1) {
      char ch = (char) c;
      if (quoted) {
        if (ch == '"') {
          int next = reader.read();
          if (next == '"') {
            cell.append('"');
          } else {
            quoted = false;
            c = next;
            continue;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          cell.append(ch);
        }
      } else if (ch == '"') {
        if (cell.toString().isBlank() && !cellWasQuoted) {
          cell.setLength(0);
          quoted = true;
          cellWasQuoted = true;
        } else {
          throw new CsvException("unexpected quote", line);
        }
      } else if (ch == delimiter) {
        record.add(cell.toString());
        cell.setLength(0);
        cellWasQuoted = false;
      } else if (ch == '\n' || ch == '\r') {
        endRecord(records, lines, record, cell, recordLine, maxRows, line);
        line++;
        recordLine = line;
        cellWasQuoted = false;
        record = new ArrayList<>();
        if (ch == '\r') {
          int next = reader.read();
          if (next != '\n') {
            // A lone CR ends the record too; the character after it starts the next one.
            c = next;
            continue;
          }
        }
      } else {
        if (cellWasQuoted && !Character.isWhitespace(ch)) {
          throw new CsvException("text after a closing quote", line);
        }
        cell.append(ch);
      }
      c = reader.read();
    }
    if (quoted) {
      throw new CsvException("unterminated quoted cell", line);
    }
    endRecord(records, lines, record, cell, recordLine, maxRows, line);
    if (records.isEmpty()) {
      throw new CsvException("no header row", 1);
    }
    List<String> header = new ArrayList<>();
    for (String name : records.get(0)) {
      header.add(name.strip());
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> values = records.get(i);
      if (values.size() > header.size()) {
        throw new CsvException("more cells than header columns", lines.get(i));
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int j = 0; j < values.size(); j++) {
        cells.put(header.get(j), values.get(j));
      }
      rows.add(new Row(lines.get(i), cells));
    }
    return new Table(header, rows);
  }

  private static void endRecord(List<List<String>> records, List<Long> lines, List<String> record,
      StringBuilder cell, long recordLine, int maxRows, long line) throws CsvException {
    record.add(cell.toString());
    cell.setLength(0);
    boolean blank = record.size() == 1 && record.get(0).isBlank();
    if (!blank) {
      if (records.size() > maxRows) {
        throw new CsvException("more than " + maxRows + " rows", line);
      }
      records.add(record);
      lines.add(recordLine);
    }
  }

  /**
   * Splits a list cell on {@code ;}, stripping and dropping blanks.
   *
   * @param cell the cell
   * @return an immutable list
   */
  public static List<String> list(String cell) {
    List<String> values = new ArrayList<>();
    for (String part : cell.split(";")) {
      if (!part.isBlank()) {
        values.add(part.strip());
      }
    }
    return List.copyOf(values);
  }
}
