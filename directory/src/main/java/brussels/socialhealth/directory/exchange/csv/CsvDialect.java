package brussels.socialhealth.directory.exchange.csv;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a CSV file is written: its field separator, its character encoding and whether it starts with a
 * UTF-8 byte-order mark. A reader reports the dialect it found so that a writer can produce a file in
 * the same form (the rejects file). Immutable and thread-safe.
 */
public final class CsvDialect {
  private final char separator;
  private final Charset charset;
  private final boolean byteOrderMark;

  private CsvDialect(char separator, Charset charset, boolean byteOrderMark) {
    if (separator == '"' || separator == '\r' || separator == '\n') {
      throw new IllegalArgumentException("separator cannot be a quote or a line break: " + separator);
    }
    this.separator = separator;
    this.charset = requireNonNull(charset, "charset");
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Creates a dialect.
   *
   * @param separator the field separator, usually {@code ;} or {@code ,}; not a quote or line break
   * @param charset the character encoding; not null
   * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
   * @return the dialect
   * @throws IllegalArgumentException if the separator is a quote or a line break
   */
  public static CsvDialect of(char separator, Charset charset, boolean byteOrderMark) {
    return new CsvDialect(separator, charset, byteOrderMark);
  }

  /**
   * Returns the field separator.
   *
   * @return the separator
   */
  public char getSeparator() {
    return separator;
  }

  /**
   * Returns the character encoding.
   *
   * @return the charset
   */
  public Charset getCharset() {
    return charset;
  }

  /**
   * Tells whether the file starts with a UTF-8 byte-order mark.
   *
   * @return true if it does
   */
  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CsvDialect
        && ((CsvDialect) other).separator == separator
        && ((CsvDialect) other).charset.equals(charset)
        && ((CsvDialect) other).byteOrderMark == byteOrderMark;
  }

  @Override
  public int hashCode() {
    return Objects.hash(separator, charset, byteOrderMark);
  }

  @Override
  public String toString() {
    return "CsvDialect{separator=" + (separator == '\t' ? "\\t" : String.valueOf(separator))
        + ", charset=" + charset.name() + (byteOrderMark ? ", bom" : "") + "}";
  }
}
