package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.validation.Violation;
import java.util.List;

/**
 * A record the importer accepted: the model value built from it, where it came from and its warnings.
 * Immutable and thread-safe if the value is.
 *
 * @param value the model value
 * @param record the mapped record it was built from (partner id, extensions, source)
 * @param warnings the warnings, located; empty for a clean record
 * @param <T> the value type
 */
public record Imported<T>(T value, MappedRecord record, List<Violation> warnings) {
  /** Copies the warnings. */
  public Imported {
    warnings = List.copyOf(warnings);
  }
}
