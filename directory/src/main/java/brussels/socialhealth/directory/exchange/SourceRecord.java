package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.core.validation.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a partner export as read, before mapping: its position (ordinal number and the 1-based
 * line it starts on), its cells as named columns with text values, the raw form needed to write it back
 * to a rejects file, and a syntax problem if the reader found one.
 *
 * <p>CSV cells are named by the header. JSON objects are flattened: nested objects give dotted names
 * ({@code address.street}), arrays give indexed names ({@code phones[0]}, {@code phones[1]}); numbers and
 * booleans become their JSON text; {@code null} cells are left out. {@link #getCells(String)} with
 * {@code phones} returns every {@code phones[i]}.
 *
 * <p>Immutable and thread-safe as far as the raw form is (readers never change it).
 */
public final class SourceRecord {
  private final long number;
  private final long line;
  private final List<String> columns;
  private final List<String> values;
  private final Map<String, Integer> index;
  private final Object raw;
  private final Violation problem;

  /**
   * Creates a record.
   *
   * @param number the 1-based ordinal of the record in its input
   * @param line the 1-based line the record starts on
   * @param columns the cell names, in order; not null; a CSV reader passes its (shared) header
   * @param values the cell values, parallel to the names; not null, no null element; may be shorter or
   *     longer than the names (a CSV record with the wrong field count), extra values have no name
   * @param index the position of each name; may be null, then computed; CSV readers share one
   * @param raw the raw form for rejects files: a CSV row's fields, a JSON tree, a JSON Lines line; not null
   * @param problem a syntax problem found by the reader, or null
   */
  public SourceRecord(long number, long line, List<String> columns, List<String> values,
      Map<String, Integer> index, Object raw, Violation problem) {
    this.number = number;
    this.line = line;
    this.columns = Collections.unmodifiableList(requireNonNull(columns, "columns"));
    this.values = Collections.unmodifiableList(requireNonNull(values, "values"));
    this.index = index != null ? index : indexOf(columns);
    this.raw = requireNonNull(raw, "raw");
    this.problem = problem;
  }

  /**
   * Computes the position of each column name; the first wins when a name repeats.
   *
   * @param columns the names
   * @return an unmodifiable map
   */
  public static Map<String, Integer> indexOf(List<String> columns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.putIfAbsent(columns.get(i), i);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Returns the 1-based ordinal of the record in its input.
   *
   * @return the number
   */
  public long getNumber() {
    return number;
  }

  /**
   * Returns the 1-based line the record starts on.
   *
   * @return the line
   */
  public long getLine() {
    return line;
  }

  /**
   * Returns the cell names, in order.
   *
   * @return an unmodifiable list
   */
  public List<String> getColumns() {
    return columns;
  }

  /**
   * Returns the cell values, parallel to the names.
   *
   * @return an unmodifiable list
   */
  public List<String> getValues() {
    return values;
  }

  /**
   * Returns the value of a cell.
   *
   * @param column the exact cell name; not null
   * @return the value, or empty if the record has no such cell
   */
  public Optional<String> get(String column) {
    Integer i = index.get(column);
    return i == null || i >= values.size() ? Optional.empty() : Optional.of(values.get(i));
  }

  /**
   * Returns the cells a mapping column names: the cell of that exact name, or else every indexed cell
   * {@code column[i]} (JSON arrays), in order.
   *
   * @param column the column as written in a mapping; not null
   * @return the cells, empty if none
   */
  public List<SourceCell> getCells(String column) {
    Integer i = index.get(column);
    if (i != null) {
      return i < values.size() ? List.of(new SourceCell(column, values.get(i))) : List.of();
    }
    List<SourceCell> cells = new ArrayList<>();
    String prefix = column + "[";
    for (int k = 0; k < columns.size() && k < values.size(); k++) {
      String name = columns.get(k);
      if (name.startsWith(prefix) && name.indexOf(']') == name.length() - 1) {
        cells.add(new SourceCell(name, values.get(k)));
      }
    }
    return cells;
  }

  /**
   * Tells whether the record has a cell of this name, or indexed cells under it.
   *
   * @param column the column as written in a mapping
   * @return true if present
   */
  public boolean has(String column) {
    return index.containsKey(column) || !getCells(column).isEmpty();
  }

  /**
   * Returns the raw form, for rejects files.
   *
   * @return a CSV row's field list, a JSON tree or a JSON Lines line
   */
  public Object getRaw() {
    return raw;
  }

  /**
   * Returns the syntax problem the reader found, if any; such a record is rejected without mapping.
   *
   * @return the problem (an error located at the record's line)
   */
  public Optional<Violation> getProblem() {
    return Optional.ofNullable(problem);
  }

  @Override
  public String toString() {
    return "SourceRecord{number=" + number + ", line=" + line + ", cells=" + values.size() + "}";
  }

  /**
   * One named cell of a record.
   *
   * @param column the cell name (a CSV header or a flattened JSON path)
   * @param value the text value, never null
   */
  public record SourceCell(String column, String value) {}
}
