package brussels.socialhealth.core.json;

import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.validation.ValidationReport;
import java.util.Objects;

/**
 * What a lenient reading that keeps unknown fields returns
 * ({@link JsonDocumentReader#readKeepingUnknown(String, Class, String)} and its Jackson 2 twin): the value
 * read, every field of the document that the value's type does not know, and one warning per such field.
 *
 * <p>{@link #getUnknownFields()} holds one namespace (the one given to the reader); in it, each unknown
 * field is keyed by its JSON path, such as {@code $.sites[0].parking}, and its value is the field's JSON text,
 * compact (no whitespace outside strings), numbers as written. {@link #getReport()} holds one
 * {@link brussels.socialhealth.core.CoreCodes#JSON_UNKNOWN_PROPERTY_KEPT} warning per field, in document
 * order, with its path, line and column. When the root type keeps extensions itself, the value already
 * carries them (see {@link JsonDocumentReader#readKeepingUnknown(String, Class, String)}).
 *
 * <p>Immutable and thread-safe when the value is; equal when value, unknown fields and report are equal.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {
  private final T value;
  private final Extensions unknownFields;
  private final ValidationReport report;

  private ReadResult(T value, Extensions unknownFields, ValidationReport report) {
    this.value = Objects.requireNonNull(value, "value");
    this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Creates a result.
   *
   * @param value the value read; not null
   * @param unknownFields the unknown fields, keyed by JSON path in one namespace; not null
   * @param report the warnings about them; not null
   * @param <T> the type of the value
   * @return the result
   * @throws NullPointerException when an argument is null
   */
  public static <T> ReadResult<T> of(T value, Extensions unknownFields, ValidationReport report) {
    return new ReadResult<>(value, unknownFields, report);
  }

  /**
   * Returns the value read; when its type keeps extensions, they include the unknown fields.
   *
   * @return the value, never null
   */
  public T getValue() {
    return value;
  }

  /**
   * Returns the fields of the document the value's type does not know: namespace, then JSON path, then
   * compact JSON text.
   *
   * @return the unknown fields, empty when there are none
   */
  public Extensions getUnknownFields() {
    return unknownFields;
  }

  /**
   * Returns one {@code core.json.unknown-property-kept} warning per unknown field, in document order.
   *
   * @return the report; valid (warnings only)
   */
  public ValidationReport getReport() {
    return report;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadResult)) {
      return false;
    }
    ReadResult<?> that = (ReadResult<?>) other;
    return value.equals(that.value) && unknownFields.equals(that.unknownFields) && report.equals(that.report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, unknownFields, report);
  }

  @Override
  public String toString() {
    return "ReadResult{value=" + value + ", unknownFields=" + unknownFields + ", report=" + report + "}";
  }
}
