package brussels.socialhealth.directory.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.directory.DirectoryCodes;
import java.util.Collection;
import java.util.regex.Pattern;

/** Checks of directory identifiers, shared by the entities' consistency checks. */
public final class Ids {
  /** The pattern of every directory id. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,63}");

  private Ids() {}

  /**
   * Checks one id.
   *
   * @param id the id
   * @param attribute the attribute name, for the message
   * @throws InvalidValueException {@link DirectoryCodes#ID_INVALID} if malformed
   */
  public static void check(String id, String attribute) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException(DirectoryCodes.ID_INVALID, id, attribute);
    }
  }

  /**
   * Checks several ids.
   *
   * @param ids the ids
   * @param attribute the attribute name, for the message
   */
  public static void checkAll(Collection<String> ids, String attribute) {
    for (String id : ids) {
      check(id, attribute);
    }
  }
}
