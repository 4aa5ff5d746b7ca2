package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of {@link Orientation#orient(Need, brussels.socialhealth.core.PostalAddress)}: where the
 * address was found and, when it was found, the services ranked along the subsidiarity ladder. An
 * ambiguous or unknown address has no results, and its {@linkplain #getPlace() place answer} says why
 * (naming the candidate communes of an ambiguous postal code). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"place", "results"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAddressOrientation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableAddressOrientation.class)
public abstract class AddressOrientation {

  /**
   * Returns where the address was found, or why it was not.
   *
   * @return the place answer
   */
  @Value.Parameter
  public abstract PlaceAnswer getPlace();

  /**
   * Returns the services proposed, ranked as {@link Orientation#orient(Need,
   * brussels.socialhealth.territory.TerritoryRef)} ranks them; empty unless the place was found.
   *
   * @return an immutable list
   */
  @Value.Parameter
  public abstract List<OrientationResult> getResults();

  /**
   * Tells whether the address was found (the results may still be empty).
   *
   * @return true when the place was found
   */
  @JsonIgnore
  public boolean isFound() {
    return getPlace().isFound();
  }

  /**
   * Creates an answer.
   *
   * @param place where the address was found; not null
   * @param results the results; empty unless the place was found
   * @return the answer
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} with results for a place not found
   */
  public static AddressOrientation of(PlaceAnswer place, List<OrientationResult> results) {
    return ImmutableAddressOrientation.of(place, results);
  }

  @Value.Check
  void check() {
    if (!getPlace().isFound() && !getResults().isEmpty()) {
      throw new InvalidValueException(DirectoryCodes.CODE_INVALID, getPlace().getStatus().code(),
          "address-orientation");
    }
  }
}
