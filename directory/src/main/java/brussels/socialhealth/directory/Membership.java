package brussels.socialhealth.directory;

import brussels.socialhealth.directory.internal.Ids;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * Who sits where: a {@link Professional} or an {@link Organisation} (the member) in a {@link Team} or a
 * {@link Body} (the group), in a {@link Role}, over a period. People come and go: a past membership stays
 * in the directory with its end date.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "memberId", "groupId", "role"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMembership.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id
   */
  @Override
  public abstract String getId();

  /**
   * Returns the id of the member, a professional or an organisation.
   *
   * @return the member id
   */
  public abstract String getMemberId();

  /**
   * Returns the id of the group, a team or a body.
   *
   * @return the group id
   */
  public abstract String getGroupId();

  /**
   * Returns the role held.
   *
   * @return the role; {@link Role#MEMBER} by default
   */
  @Value.Default
  public Role getRole() {
    return Role.MEMBER;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    Ids.check(getMemberId(), "memberId");
    Ids.check(getGroupId(), "groupId");
    if (getMemberId().equals(getGroupId())) {
      throw new brussels.socialhealth.core.InvalidValueException(DirectoryCodes.LINK_SELF, getMemberId());
    }
  }
}
