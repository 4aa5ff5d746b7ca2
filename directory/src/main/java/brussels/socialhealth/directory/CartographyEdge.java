package brussels.socialhealth.directory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One edge of the {@link Cartography}: a link of some {@link LinkKind} from one actor to another, with the
 * id of the entity it comes from (a {@link Membership}, a {@link Link}, or the {@link Professional} for an
 * employment). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"sourceId", "kind", "fromId", "toId"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCartographyEdge.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCartographyEdge.class)
public abstract class CartographyEdge {

  /**
   * Returns the id of the entity that declares the edge.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getSourceId();

  /**
   * Returns the kind of link.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract LinkKind getKind();

  /**
   * Returns the actor the edge starts from (the member, the employee, the referrer).
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getFromId();

  /**
   * Returns the actor the edge goes to (the group, the employer, the partner).
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String getToId();

  /**
   * Creates an edge.
   *
   * @param sourceId the declaring entity's id
   * @param kind the kind
   * @param fromId the actor it starts from
   * @param toId the actor it goes to
   * @return the edge
   */
  public static CartographyEdge of(String sourceId, LinkKind kind, String fromId, String toId) {
    return ImmutableCartographyEdge.of(sourceId, kind, fromId, toId);
  }
}
