package brussels.socialhealth.events;

import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Participants' expectations under one category, as a concertation record groups them: the need they
 * felt and what they expect ("Attentes : création d'une forme de cartographie"). Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"category", "need", "expectation"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableExpectation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableExpectation.class)
public abstract class Expectation {

  /**
   * Returns the category.
   *
   * @return the category
   */
  public abstract ExpectationCategory getCategory();

  /**
   * Returns the need expressed, when recorded.
   *
   * @return the need
   */
  public abstract Optional<LocalizedText> getNeed();

  /**
   * Returns what participants expect.
   *
   * @return the expectation
   */
  public abstract LocalizedText getExpectation();

  /**
   * Creates an expectation without a recorded need.
   *
   * @param category the category; not null
   * @param expectation the expectation; not null
   * @return the expectation
   */
  public static Expectation of(ExpectationCategory category, LocalizedText expectation) {
    return builder().category(category).expectation(expectation).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableExpectation.Builder builder() {
    return ImmutableExpectation.builder();
  }
}
