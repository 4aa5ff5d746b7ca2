package brussels.socialhealth.directory.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One merge of duplicate records: the rule that matched, the kind of entity merged (organisation, site or
 * service), the key they share, the record kept and the
 * record merged into it (input name, line, partner identifier), and what the merge did to the kept
 * record's fields. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"rule", "entity", "key", "kept", "merged", "changes"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordMerge.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordMerge.class)
public interface RecordMerge {

  /**
   * Returns the rule that matched: {@code enterprise-number}, {@code external-reference} or
   * {@code name-and-address}.
   *
   * @return the rule code
   */
  String getRule();

  /**
   * Returns the kind of entity merged: an organisation, a site or a service. An organisation merged with
   * its site gives two merges, one of each kind.
   *
   * @return the kind
   */
  MergedEntity getEntity();

  /**
   * Returns the shared key (the enterprise number, the reference, the normalised name and address).
   *
   * @return the key
   */
  String getKey();

  /**
   * Returns the record kept.
   *
   * @return the kept record
   */
  RecordRef getKept();

  /**
   * Returns the record merged into the kept one.
   *
   * @return the merged record
   */
  RecordRef getMerged();

  /**
   * Returns what the merge did, one line per field: values added to the kept record, values of the merged
   * record that differed and were kept as extensions.
   *
   * @return an immutable list
   */
  List<String> getChanges();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableRecordMerge.Builder builder() {
    return ImmutableRecordMerge.builder();
  }

  /** Where a record came from: input name, line and partner identifier. Immutable and thread-safe. */
  @Value.Immutable
  @JsonPropertyOrder({"input", "line", "id"})
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  @tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordRef.class)
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRecordRef.class)
  interface RecordRef {
    /**
     * Returns the input name.
     *
     * @return the name
     */
    String getInput();

    /**
     * Returns the line.
     *
     * @return the 1-based line
     */
    long getLine();

    /**
     * Returns the partner's identifier.
     *
     * @return the identifier, or empty
     */
    Optional<String> getId();

    /**
     * Creates a reference.
     *
     * @param input the input name; not null
     * @param line the line
     * @param id the partner's identifier, may be null
     * @return the reference
     */
    static RecordRef of(String input, long line, String id) {
      return ImmutableRecordRef.builder().input(input).line(line).id(Optional.ofNullable(id)).build();
    }
  }
}
