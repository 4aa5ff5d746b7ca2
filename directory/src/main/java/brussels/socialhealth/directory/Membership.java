package brussels.socialhealth.directory;

import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.core.Period;
import java.util.Optional;
import java.time.LocalDate;
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
@JsonPropertyOrder({"id", "memberId", "groupId", "role", "period"})
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
   * Returns when the membership held; absent when not known (taken as current).
   *
   * @return the period
   */
  public abstract Optional<Period> getPeriod();

  /**
   * Tells whether the membership holds on a date: true when it has no period or its period contains
   * the date.
   *
   * @param date the date; not null
   * @return true when current on that date
   */
  public boolean isCurrentOn(LocalDate date) {
    return getPeriod().map(p -> p.contains(date)).orElse(true);
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
