package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.core.Period;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A declared link between two actors of the cartography, other than a membership: a partnership between
 * two organisations, or a referral habit (the "from" actor orients people to the "to" actor).
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "fromId", "toId", "descriptions", "period"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLink.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLink.class)
public abstract class Link implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id
   */
  @Override
  public abstract String getId();

  /**
   * Returns the kind of link; {@link LinkKind#PARTNERSHIP} or {@link LinkKind#REFERRAL} in practice
   * (memberships and employment come from {@link Membership} and {@link Professional}).
   *
   * @return the kind
   */
  public abstract LinkKind getKind();

  /**
   * Returns the id of the actor the link starts from.
   *
   * @return the id
   */
  public abstract String getFromId();

  /**
   * Returns the id of the actor the link goes to.
   *
   * @return the id
   */
  public abstract String getToId();

  /**
   * Returns a description of the link, when any.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> getDescriptions();

  /**
   * Returns when the link held; absent when not known (taken as current).
   *
   * @return the period
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    Ids.check(getFromId(), "fromId");
    Ids.check(getToId(), "toId");
    if (getFromId().equals(getToId())) {
      throw new brussels.socialhealth.core.InvalidValueException(DirectoryCodes.LINK_SELF, getFromId());
    }
  }
}
