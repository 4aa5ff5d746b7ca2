package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The answer to "which bassin serves this place?": exactly one of
 * <ul>
 *   <li>{@link AnswerStatus#FOUND}: one {@linkplain #getBassin() bassin}, with the confidence of the facts
 *       it rests on;</li>
 *   <li>{@link AnswerStatus#AMBIGUOUS}: two or more {@linkplain #getCandidates() candidates} and the
 *       {@linkplain #getReason() reason} (1000 Bruxelles, 1040 Etterbeek or Bruxelles);</li>
 *   <li>{@link AnswerStatus#UNKNOWN}: no bassin and the reason (unknown postal code, a part of a commune
 *       no source locates).</li>
 * </ul>
 * The library never guesses silently. The reason is a {@link TerritoryCodes} {@code territory.answer.*}
 * code with a message in French, Dutch and English. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"status", "query", "bassin", "candidates", "reason", "confidence", "via", "message"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBassinAnswer.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableBassinAnswer.class)
public abstract class BassinAnswer {

  /**
   * Returns the kind of answer.
   *
   * @return the status
   */
  public abstract AnswerStatus getStatus();

  /**
   * Returns the question as asked, for example {@code 1040} or {@code 1040 Etterbeek}.
   *
   * @return the query
   */
  public abstract String getQuery();

  /**
   * Returns the bassin; present exactly when the status is {@link AnswerStatus#FOUND}.
   *
   * @return the bassin
   */
  public abstract Optional<BassinCode> getBassin();

  /**
   * Returns the possible bassins: the one found, the candidates of an ambiguity (which may be incomplete
   * when a source says so), or none.
   *
   * @return an immutable list
   */
  public abstract List<BassinCode> getCandidates();

  /**
   * Returns the reason code, a {@code territory.answer.*} code of {@link TerritoryCodes}.
   *
   * @return the reason
   */
  public abstract String getReason();

  /**
   * Returns how sure a found answer is (the lowest confidence of the facts it rests on).
   *
   * @return the confidence; empty unless found
   */
  public abstract Optional<Confidence> getConfidence();

  /**
   * Returns the units the answer went through, for example {@code [commune:21005]}.
   *
   * @return an immutable list
   */
  public abstract List<TerritoryRef> getVia();

  /**
   * Returns the reason as a sentence in French, Dutch and English.
   *
   * @return the message
   */
  @Value.Derived
  public LocalizedText getMessage() {
    String bassins = getCandidates().stream().map(BassinCode::code).collect(Collectors.joining(", "));
    String via = getVia().stream().map(TerritoryRef::toString).collect(Collectors.joining(", "));
    return Messages.render(getReason(), getQuery(), bassins, via);
  }

  /**
   * Tells whether exactly one bassin was found.
   *
   * @return true for {@link AnswerStatus#FOUND}
   */
  @JsonIgnore
  public boolean isFound() {
    return getStatus() == AnswerStatus.FOUND;
  }

  /**
   * A found answer.
   *
   * @param query the question; not null
   * @param bassin the bassin; not null
   * @param reason the reason code; not null
   * @param confidence the confidence; not null
   * @param via the units the answer rests on
   * @return the answer
   */
  public static BassinAnswer found(String query, BassinCode bassin, String reason, Confidence confidence,
      List<TerritoryRef> via) {
    return ImmutableBassinAnswer.builder().status(AnswerStatus.FOUND).query(query).bassin(bassin)
        .addCandidate(bassin).reason(reason).confidence(confidence).via(via).build();
  }

  /**
   * An ambiguous answer.
   *
   * @param query the question; not null
   * @param candidates two or more candidate bassins
   * @param reason the reason code; not null
   * @param via the units the answer rests on
   * @return the answer
   * @throws InvalidValueException {@link TerritoryCodes#CODE_INVALID} with fewer than two candidates
   */
  public static BassinAnswer ambiguous(String query, List<BassinCode> candidates, String reason,
      List<TerritoryRef> via) {
    return ImmutableBassinAnswer.builder().status(AnswerStatus.AMBIGUOUS).query(query)
        .candidates(candidates.stream().distinct().sorted().collect(Collectors.toList()))
        .reason(reason).via(via).build();
  }

  /**
   * An unknown answer.
   *
   * @param query the question; not null
   * @param reason the reason code; not null
   * @param via the units the answer went through, possibly none
   * @return the answer
   */
  public static BassinAnswer unknown(String query, String reason, List<TerritoryRef> via) {
    return ImmutableBassinAnswer.builder().status(AnswerStatus.UNKNOWN).query(query).reason(reason)
        .via(via).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableBassinAnswer.Builder builder() {
    return ImmutableBassinAnswer.builder();
  }

  @Value.Check
  void check() {
    boolean consistent;
    switch (getStatus()) {
      case FOUND:
        consistent = getBassin().isPresent() && getConfidence().isPresent()
            && getCandidates().equals(List.of(getBassin().get()));
        break;
      case AMBIGUOUS:
        consistent = getBassin().isEmpty() && getCandidates().size() >= 2 && getConfidence().isEmpty();
        break;
      default:
        consistent = getBassin().isEmpty() && getCandidates().isEmpty() && getConfidence().isEmpty();
        break;
    }
    if (!consistent || !getReason().startsWith("territory.answer.")) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getStatus().code() + " " + getReason(),
          "answer");
    }
  }
}
