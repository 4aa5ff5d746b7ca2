package brussels.socialhealth.territory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;

/**
 * A fact the public sources do not give, recorded so the library says "unknown" instead of inventing it
 * (for example which part of Bruxelles-Ville is in Bassin Sud). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "subjects", "description", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOpenQuestion.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOpenQuestion.class)
public abstract class OpenQuestion {

  /**
   * Returns a stable identifier, for example {@code bruxelles-sud-part}.
   *
   * @return the identifier
   */
  public abstract String getId();

  /**
   * Returns the units the question is about.
   *
   * @return an immutable list
   */
  public abstract List<TerritoryRef> getSubjects();

  /**
   * Returns what is not known, in English.
   *
   * @return the description
   */
  public abstract String getDescription();

  /**
   * Returns the ids of the sources that were checked.
   *
   * @return an immutable list
   */
  public abstract List<String> getSources();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableOpenQuestion.Builder builder() {
    return ImmutableOpenQuestion.builder();
  }
}
