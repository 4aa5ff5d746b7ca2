package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.core.OpeningHours;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A {@link Service} delivered at one {@link Site}, with the hours it is offered there (which may differ
 * from the site's). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"siteId", "openingHours", "notes"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableServiceAtSite.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableServiceAtSite.class)
public abstract class ServiceAtSite {

  /**
   * Returns the id of the site.
   *
   * @return the site id
   */
  public abstract String getSiteId();

  /**
   * Returns the hours the service is offered at this site, when they differ from the site's.
   *
   * @return the hours
   */
  public abstract Optional<OpeningHours> getOpeningHours();

  /**
   * Returns practical notes for this site (on appointment, entrance at the back...), when any.
   *
   * @return the notes
   */
  public abstract Optional<LocalizedText> getNotes();

  /**
   * Creates a service-at-site with no hours of its own.
   *
   * @param siteId the site id; not null
   * @return the value
   */
  public static ServiceAtSite of(String siteId) {
    return builder().siteId(siteId).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableServiceAtSite.Builder builder() {
    return ImmutableServiceAtSite.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getSiteId(), "siteId");
  }
}
