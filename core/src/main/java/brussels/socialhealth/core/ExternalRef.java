package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The identifier a record has in a partner system, as integrators receive it: {@code social.brussels:12345}
 * is record {@code 12345} of the social.brussels directory.
 *
 * <p>The system is a short lower-case name ({@code [a-z0-9][a-z0-9._-]*}, at most 64 characters; given in
 * any case, it is lower-cased by the factories). The identifier is the partner's own, kept as given:
 * any text without control characters and without surrounding blanks, at most 512 characters; it may
 * itself contain colons.
 *
 * <p>The canonical string is {@code system:id}, split on the first colon: {@link #toString()} returns it,
 * {@link #parse(String)} reads it back to an equal value, and it is the JSON form. Immutable and
 * thread-safe.
 */
@Value.Immutable
@SocialHealthStyle
public abstract class ExternalRef {
  /** A partner system's name; also the syntax of an {@link Extensions} namespace, which names one. */
  static final Pattern SYSTEM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final int MAX_ID_LENGTH = 512;

  /**
   * Returns the partner system, for example {@code social.brussels}.
   *
   * @return the system name, lower case
   */
  public abstract String getSystem();

  /**
   * Returns the record's identifier in that system.
   *
   * @return the identifier, as given
   */
  public abstract String getId();

  /**
   * Creates a reference.
   *
   * @param system the partner system; not null; lower-cased
   * @param id the identifier in that system; not null
   * @return the reference
   * @throws InvalidValueException {@link CoreCodes#EXTERNAL_REF_INVALID} when the system or the identifier
   *     breaks the rules of the class description
   */
  public static ExternalRef of(String system, String id) {
    return ImmutableExternalRef.builder().system(system.toLowerCase(Locale.ROOT)).id(id).build();
  }

  /**
   * Parses the canonical form {@code system:id}, split on the first colon.
   *
   * @param text the text; null is rejected
   * @return the reference
   * @throws InvalidValueException {@link CoreCodes#EXTERNAL_REF_INVALID} when there is no colon or a part
   *     is invalid
   */
  @JsonCreator
  public static ExternalRef parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0) {
      throw new InvalidValueException(CoreCodes.EXTERNAL_REF_INVALID, text);
    }
    return of(text.substring(0, colon), text.substring(colon + 1));
  }

  @Value.Check
  void check() {
    String id = getId();
    if (!SYSTEM.matcher(getSystem()).matches()
        || id.isEmpty()
        || id.length() > MAX_ID_LENGTH
        || !id.strip().equals(id)
        || id.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(CoreCodes.EXTERNAL_REF_INVALID, getSystem() + ":" + id);
    }
  }

  /**
   * Returns the canonical form {@code system:id}.
   *
   * @return the canonical form
   */
  @JsonValue
  @Override
  public String toString() {
    return getSystem() + ":" + getId();
  }
}
