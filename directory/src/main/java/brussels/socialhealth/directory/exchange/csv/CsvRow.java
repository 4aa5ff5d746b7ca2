package brussels.socialhealth.directory.exchange.csv;

import java.util.List;
import java.util.Optional;

/**
 * One physical record of a CSV file: its fields as read (quotes removed, doubled quotes undone) and the
 * 1-based line it starts on. A record whose quoted field spans lines starts on its first line.
 * Immutable and thread-safe.
 *
 * @param line the 1-based line the record starts on
 * @param fields the fields, in order; immutable, never null
 * @param lastLine the 1-based line the record ends on
 * @param problem a syntax problem found in the record (a stray or unterminated quote), as an
 *     exchange code; empty when the record is well formed
 */
public record CsvRow(long line, List<String> fields, long lastLine, Optional<String> problem) {
  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException if a line is not positive or the last line is before the first
   */
  public CsvRow {
    if (line < 1 || lastLine < line) {
      throw new IllegalArgumentException("bad lines " + line + ".." + lastLine);
    }
    fields = List.copyOf(fields);
    problem = problem == null ? Optional.empty() : problem;
  }
}
