package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an event takes place: a site of the directory (by id), a {@link PostalAddress} for places not in
 * the directory, or online (a {@link WebAddress}). Exactly the attribute matching the {@linkplain #getKind() kind} is present; a {@linkplain
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
   * Returns the postal address, for {@link PlaceKind#ADDRESS}.
   *
   * @return the address
   */
  public abstract Optional<PostalAddress> getAddress();

  /**
   * Returns the meeting URL, for {@link PlaceKind#ONLINE}.
   *
   * @return the URL
   */
  public abstract Optional<WebAddress> getUrl();

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
   * A postal address, for places not in the directory.
   *
   * @param address the address; not null
   * @return the place
   */
  public static EventPlace address(PostalAddress address) {
    return builder().kind(PlaceKind.ADDRESS).address(address).build();
  }

  /**
   * An online meeting.
   *
   * @param url an http or https URL; not null
   * @return the place
   * @throws InvalidValueException a core {@code web-address} code if the URL is malformed
   */
  public static EventPlace online(String url) {
    return builder().kind(PlaceKind.ONLINE).url(WebAddress.parse(url)).build();
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
    return describe(Language.FR);
  }

  /**
   * Returns a one-line description in a language: the label, then the address, URL or site id.
   *
   * @param language the language of the label and the address; not null
   * @return the description, never empty
   */
  public String describe(Language language) {
    String main = getSiteId()
        .or(() -> getAddress().map(address -> address.getStreet().get(language) + " " + address.getHouseNumber()
            + address.getBox().map(box -> " bte " + box).orElse("") + ", " + address.getPostalCode() + " "
            + address.getMunicipality().get(language)))
        .or(() -> getUrl().map(WebAddress::toString))
        .orElse("");
    return getLabel().map(label -> label.get(language) + ", " + main).orElse(main);
  }

  @Value.Check
  void check() {
    boolean matches;
    switch (getKind()) {
      case SITE:
        matches = getSiteId().isPresent() && getAddress().isEmpty() && getUrl().isEmpty();
        break;
      case ADDRESS:
        matches = getAddress().isPresent() && getSiteId().isEmpty() && getUrl().isEmpty();
        break;
      default:
        matches = getUrl().isPresent() && getSiteId().isEmpty() && getAddress().isEmpty();
    }
    if (!matches) {
      throw new InvalidValueException(EventsCodes.PLACE_INCOMPLETE, getKind().code());
    }
    Checks.id(getSiteId(), "siteId");
  }
}
