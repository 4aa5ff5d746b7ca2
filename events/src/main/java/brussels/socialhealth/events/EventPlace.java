package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an event takes place: a site of the directory (by id), an address given as text, or online (a
 * URL). Exactly the attribute matching the {@linkplain #getKind() kind} is present; a {@linkplain
 * #getLabel() label} (a room, "salle polyvalente") may complete any of them. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"kind", "siteId", "address", "url", "label"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEventPlace.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableEventPlace.class)
public abstract class EventPlace {

  /**
   * Returns what this place points at.
   *
   * @return the kind
   */
  public abstract PlaceKind getKind();

  /**
   * Returns the directory site id, for {@link PlaceKind#SITE}.
   *
   * @return the site id
   */
  public abstract Optional<String> getSiteId();

  /**
   * Returns the address as one line of text, for {@link PlaceKind#ADDRESS}.
   *
   * @return the address, for example {@code "Rue des Tanneurs 12, 1000 Bruxelles"}
   */
  public abstract Optional<String> getAddress();

  /**
   * Returns the meeting URL (http or https), for {@link PlaceKind#ONLINE}.
   *
   * @return the URL
   */
  public abstract Optional<String> getUrl();

  /**
   * Returns a label completing the place: a room, a floor.
   *
   * @return the label
   */
  public abstract Optional<LocalizedText> getLabel();

  /**
   * A site of the directory.
   *
   * @param siteId the directory site id; not null
   * @return the place
   * @throws InvalidValueException {@link EventsCodes#ID_INVALID} if the id is malformed
   */
  public static EventPlace site(String siteId) {
    return builder().kind(PlaceKind.SITE).siteId(siteId).build();
  }

  /**
   * An address given as text, for places not in the directory.
   *
   * @param address the address on one line; not null, not blank
   * @return the place
   */
  public static EventPlace address(String address) {
    return builder().kind(PlaceKind.ADDRESS).address(address).build();
  }

  /**
   * An online meeting.
   *
   * @param url an absolute http or https URL; not null
   * @return the place
   * @throws InvalidValueException {@link EventsCodes#PLACE_INCOMPLETE} if the URL is not absolute http(s)
   */
  public static EventPlace online(String url) {
    return builder().kind(PlaceKind.ONLINE).url(url).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableEventPlace.Builder builder() {
    return ImmutableEventPlace.builder();
  }

  /**
   * Returns a one-line description for calendars: the label, then the address, URL or site id.
   *
   * @return the description, never empty
   */
  public String describe() {
    String main = getSiteId().or(this::getAddress).or(this::getUrl).orElse("");
    return getLabel().map(label -> label.get(brussels.socialhealth.core.Language.FR) + ", " + main).orElse(main);
  }

  @Value.Check
  void check() {
    boolean matches;
    switch (getKind()) {
      case SITE:
        matches = getSiteId().isPresent() && getAddress().isEmpty() && getUrl().isEmpty();
        break;
      case ADDRESS:
        matches = getAddress().filter(a -> !a.isBlank()).isPresent() && getSiteId().isEmpty() && getUrl().isEmpty();
        break;
      default:
        matches = getUrl().filter(EventPlace::isWebUrl).isPresent() && getSiteId().isEmpty() && getAddress().isEmpty();
    }
    if (!matches) {
      throw new InvalidValueException(EventsCodes.PLACE_INCOMPLETE, getKind().code());
    }
    Checks.id(getSiteId(), "siteId");
  }

  private static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
