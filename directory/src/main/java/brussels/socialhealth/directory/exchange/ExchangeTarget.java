package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * What each record of a partner export becomes: the fields a mapping may feed and how a
 * {@link MappedRecord} (values already parsed by the model's parsers) is built into the model's type.
 * Directory targets (organisation, site, service) live in the directory's exchange package; other modules
 * add their own. Implementations must be immutable and thread-safe.
 *
 * @param <T> the type built from each record
 */
public interface ExchangeTarget<T> {

  /**
   * Returns the name used as {@code target:} in mapping files.
   *
   * @return the name, for example {@code organisation}
   */
  String getName();

  /**
   * Returns the fields a mapping may feed.
   *
   * @return an unmodifiable list
   */
  List<TargetField> getFields();

  /**
   * Finds a field by name.
   *
   * @param name the name
   * @return the field, or empty
   */
  default Optional<TargetField> findField(String name) {
    return getFields().stream().filter(f -> f.getName().equals(name)).findFirst();
  }

  /**
   * Builds the model's value from a mapped record, reporting business-rule violations.
   *
   * @param record the mapped record; not null
   * @param problems receives violations; use {@link MappedRecord#locate} so each names the line and column
   * @return the value, or empty when it cannot be built (then at least one error must have been reported)
   */
  Optional<T> build(MappedRecord record, ValidationReport.Builder problems);
}
