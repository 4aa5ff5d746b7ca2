package brussels.socialhealth.directory.exchange;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A declarative mapping of one partner export format onto an {@link ExchangeTarget}: the input's shape
 * (format, encoding, separator), the source system name (namespace of external references and extensions),
 * the column that holds the partner's identifier, one {@link FieldMapping} per target field, and the columns
 * dropped on purpose. Usually read from a YAML file by {@link MappingReader}, which keeps positions so that
 * {@link #check(ExchangeTarget)} and {@link #checkColumns(List)} report mistakes with their line.
 * Immutable and thread-safe. The file format is documented in {@code docs/integration.md}.
 */
@Value.Immutable
public abstract class Mapping {
  /** The mapping format version this library reads. */
  public static final int VERSION = 1;

  /**
   * Returns the name of the mapping file, for reports.
   *
   * @return the name, or {@code mapping} for mappings built in code
   */
  @Value.Default
  public String getFile() {
    return "mapping";
  }

  /**
   * Returns the source system name: the namespace of external references and of extensions.
   *
   * @return the name, for example {@code ixelles-social-map}
   */
  public abstract String getSource();

  /**
   * Returns the name of the target each record becomes.
   *
   * @return the target name, for example {@code organisation}
   */
  public abstract String getTarget();

  /**
   * Returns the input's shape.
   *
   * @return the format
   */
  public abstract InputFormat getFormat();

  /**
   * Returns the declared encoding.
   *
   * @return the charset, empty to detect it
   */
  public abstract Optional<Charset> getEncoding();

  /**
   * Returns the declared CSV separator.
   *
   * @return the separator, empty to detect it
   */
  public abstract Optional<Character> getSeparator();

  /**
   * Returns the column holding the partner's own identifier of each record.
   *
   * @return the column, or empty if the partner has none
   */
  public abstract Optional<String> getIdColumn();

  /**
   * Returns the field mappings, in file order.
   *
   * @return an immutable list
   */
  public abstract List<FieldMapping> getFields();

  /**
   * Returns the columns dropped on purpose: neither mapped nor kept as extensions.
   *
   * @return an immutable set
   */
  public abstract Set<String> getIgnoredColumns();

  /**
   * Returns where top-level parts are in the mapping file: {@code target}, {@code id}, {@code ignore[i]}...
   *
   * @return an immutable map
   */
  @Value.Auxiliary
  public abstract Map<String, MappingPosition> getPositions();

  /**
   * Returns every column this mapping reads (identifier and fields), in order.
   *
   * @return the columns
   */
  public List<String> sourceColumns() {
    List<String> columns = new java.util.ArrayList<>();
    getIdColumn().ifPresent(columns::add);
    for (FieldMapping field : getFields()) {
      columns.addAll(field.sourceColumns());
    }
    return columns;
  }

  /**
   * Checks the mapping against its target, before any record is read: unknown target fields, value maps on
   * fields without codes or to unknown codes, invalid defaults, contradictory options, required fields that
   * nothing feeds.
   *
   * @param target the target; not null
   * @return the mistakes, each located in the mapping file; empty when the mapping fits
   */
  public List<brussels.socialhealth.core.validation.Violation> check(ExchangeTarget<?> target) {
    return brussels.socialhealth.directory.exchange.internal.MappingChecks.check(this, target);
  }

  /**
   * Checks that every column the mapping reads is in the input's header (CSV), before any record is read.
   *
   * @param header the header columns; an empty header (JSON) is not checked
   * @return the mistakes, each located in the mapping file
   */
  public List<brussels.socialhealth.core.validation.Violation> checkColumns(List<String> header) {
    return brussels.socialhealth.directory.exchange.internal.MappingChecks.checkColumns(this, header);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableMapping.Builder builder() {
    return ImmutableMapping.builder();
  }
}
