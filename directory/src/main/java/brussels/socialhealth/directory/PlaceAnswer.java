package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.territory.AnswerStatus;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an address lies, as {@link Orientation#locate(brussels.socialhealth.territory.Territory, String,
 * String)} finds it, exactly one of
 * <ul>
 *   <li>{@link AnswerStatus#FOUND}: the {@linkplain #getPlace() place}, the finest unit the territory
 *       registry knows for the address (its commune: the registry has no street index);</li>
 *   <li>{@link AnswerStatus#AMBIGUOUS}: two or more {@linkplain #getCandidates() candidate} communes, for
 *       example {@code 1040} alone (Etterbeek or Bruxelles) — never a guess;</li>
 *   <li>{@link AnswerStatus#UNKNOWN}: no place (a postal code outside the Region, a name no commune has,
 *       a postal code not used in the commune named).</li>
 * </ul>
 * The {@linkplain #getReason() reason} says which, in French, Dutch and English: a
 * {@link DirectoryCodes} {@code directory.orientation.place-*} code, or for an unknown place the
 * {@code territory.answer.*} code of the territory module. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"status", "query", "place", "candidates", "reason"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePlaceAnswer.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePlaceAnswer.class)
public abstract class PlaceAnswer {

  /**
   * Returns the kind of answer.
   *
   * @return found, ambiguous or unknown
   */
  public abstract AnswerStatus getStatus();

  /**
   * Returns the address as asked, for example {@code 1040 Etterbeek}.
   *
   * @return the query
   */
  public abstract String getQuery();

  /**
   * Returns the place found; present exactly when the status is {@link AnswerStatus#FOUND}.
   *
   * @return the place, for example {@code commune:21005}
   */
  public abstract Optional<TerritoryRef> getPlace();

  /**
   * Returns the candidate places: the one found, the communes an ambiguous address may lie in, or none.
   *
   * @return an immutable list
   */
  public abstract List<TerritoryRef> getCandidates();

  /**
   * Returns why: the code and its message in French, Dutch and English (naming the candidates of an
   * ambiguous address).
   *
   * @return the reason
   */
  public abstract Reason getReason();

  /**
   * Tells whether exactly one place was found.
   *
   * @return true for {@link AnswerStatus#FOUND}
   */
  @JsonIgnore
  public boolean isFound() {
    return getStatus() == AnswerStatus.FOUND;
  }

  /**
   * A found place.
   *
   * @param query the address as asked; not null
   * @param place the place; not null
   * @param reason the reason; not null
   * @return the answer
   */
  public static PlaceAnswer found(String query, TerritoryRef place, Reason reason) {
    return builder().status(AnswerStatus.FOUND).query(query).place(place).addCandidate(place).reason(reason)
        .build();
  }

  /**
   * An ambiguous address.
   *
   * @param query the address as asked; not null
   * @param candidates two or more candidate places
   * @param reason the reason, naming them; not null
   * @return the answer
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} with fewer than two candidates
   */
  public static PlaceAnswer ambiguous(String query, List<TerritoryRef> candidates, Reason reason) {
    return builder().status(AnswerStatus.AMBIGUOUS).query(query).candidates(candidates).reason(reason).build();
  }

  /**
   * An unknown address.
   *
   * @param query the address as asked; not null
   * @param reason the reason; not null
   * @return the answer
   */
  public static PlaceAnswer unknown(String query, Reason reason) {
    return builder().status(AnswerStatus.UNKNOWN).query(query).reason(reason).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutablePlaceAnswer.Builder builder() {
    return ImmutablePlaceAnswer.builder();
  }

  @Value.Check
  void check() {
    boolean consistent;
    switch (getStatus()) {
      case FOUND:
        consistent = getPlace().isPresent() && getCandidates().equals(List.of(getPlace().get()));
        break;
      case AMBIGUOUS:
        consistent = getPlace().isEmpty() && getCandidates().size() >= 2;
        break;
      default:
        consistent = getPlace().isEmpty() && getCandidates().isEmpty();
        break;
    }
    if (!consistent) {
      throw new InvalidValueException(DirectoryCodes.CODE_INVALID, getStatus().code() + " " + getCandidates(),
          "place-answer");
    }
  }
}
