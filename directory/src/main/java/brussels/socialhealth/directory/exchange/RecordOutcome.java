package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.validation.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What became of one input record that had problems: its ordinal, the line it starts on, the partner's
 * identifier, its status and every violation (each with line, column, code, FR/NL/EN message and, unless
 * confidential, the value). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"number", "line", "id", "status", "violations"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordOutcome.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordOutcome.class)
public interface RecordOutcome {

  /**
   * Returns the 1-based ordinal of the record in its input.
   *
   * @return the number
   */
  long getNumber();

  /**
   * Returns the 1-based line the record starts on.
   *
   * @return the line
   */
  long getLine();

  /**
   * Returns the partner's identifier of the record.
   *
   * @return the identifier, or empty
   */
  Optional<String> getId();

  /**
   * Returns the status.
   *
   * @return the status
   */
  RecordStatus getStatus();

  /**
   * Returns the violations, in the order found.
   *
   * @return an immutable list
   */
  List<Violation> getViolations();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableRecordOutcome.Builder builder() {
    return ImmutableRecordOutcome.builder();
  }
}
