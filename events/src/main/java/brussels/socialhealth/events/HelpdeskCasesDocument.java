package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;

/**
 * A JSON document holding helpdesk cases, with its {@linkplain #getSchemaVersion() schema version}.
 * Confidential notes never appear in it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"schemaVersion", "cases"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableHelpdeskCasesDocument.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableHelpdeskCasesDocument.class)
public abstract class HelpdeskCasesDocument {

  /**
   * Returns the schema version of the document.
   *
   * @return {@link EventsLimits#SCHEMA_VERSION} by default
   */
  @Value.Default
  public int getSchemaVersion() {
    return EventsLimits.SCHEMA_VERSION;
  }

  /**
   * Returns the cases.
   *
   * @return the cases
   */
  public abstract List<HelpdeskCase> getCases();

  /**
   * Creates a document.
   *
   * @param cases the cases; not null
   * @return the document
   */
  public static HelpdeskCasesDocument of(Iterable<? extends HelpdeskCase> cases) {
    return ImmutableHelpdeskCasesDocument.builder().addAllCases(cases).build();
  }

  @Value.Check
  void check() {
    if (getSchemaVersion() != EventsLimits.SCHEMA_VERSION) {
      throw new InvalidValueException(EventsCodes.SCHEMA_VERSION_UNSUPPORTED, getSchemaVersion(),
          EventsLimits.SCHEMA_VERSION);
    }
  }
}
