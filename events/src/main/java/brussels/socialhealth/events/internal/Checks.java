package brussels.socialhealth.events.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.EventsCodes;
import brussels.socialhealth.events.EventsLimits;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Optional;

/** Consistency checks shared by the value types of the module. Not API. */
public final class Checks {
  private Checks() {}

  /**
   * Checks an identifier.
   *
   * @param id the id
   * @param attribute the attribute name, for the message
   */
  public static void id(String id, String attribute) {
    if (!EventsLimits.ID_PATTERN.matcher(id).matches()) {
      throw new InvalidValueException(EventsCodes.ID_INVALID, id, attribute);
    }
  }

  /**
   * Checks an optional identifier.
   *
   * @param id the id
   * @param attribute the attribute name
   */
  public static void id(Optional<String> id, String attribute) {
    id.ifPresent(value -> id(value, attribute));
  }

  /**
   * Checks identifiers.
   *
   * @param ids the ids
   * @param attribute the attribute name
   */
  public static void ids(Collection<String> ids, String attribute) {
    ids.forEach(value -> id(value, attribute));
  }

  /**
   * Checks that references are bassins.
   *
   * @param bassins the references
   * @param attribute the attribute name
   */
  public static void bassins(Collection<TerritoryRef> bassins, String attribute) {
    for (TerritoryRef ref : bassins) {
      if (ref.getLevel() != TerritorialLevel.BASSIN) {
        throw new InvalidValueException(EventsCodes.NOT_A_BASSIN, ref, attribute);
      }
    }
  }

  /**
   * Checks that an end is not before a start.
   *
   * @param start the start
   * @param end the end
   * @param attribute the attribute name
   * @param <T> a comparable temporal
   */
  public static <T extends Temporal & Comparable<? super T>> void order(T start, T end, String attribute) {
    if (end.compareTo(start) < 0) {
      throw new InvalidValueException(EventsCodes.END_BEFORE_START, end, start, attribute);
    }
  }

  /**
   * Checks a 1-based number.
   *
   * @param number the number
   * @param attribute the attribute name
   */
  public static void positive(int number, String attribute) {
    if (number < 1) {
      throw new InvalidValueException(EventsCodes.NUMBER_INVALID, number, attribute);
    }
  }
}
