package brussels.socialhealth.core.json;

import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.SocialHealthStyle;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Test-only document types for the reading tests (not part of the model). */
final class TestDocuments {
  private TestDocuments() {}

  /** A small directory-like document: a name and services. */
  @JsonPropertyOrder({"name", "services"})
  record Listing(String name, List<Service> services) {}

  /** A service with a capacity, time slots and opening hours. */
  @JsonPropertyOrder({"name", "capacity", "phones", "hours"})
  record Service(String name, Integer capacity, List<String> phones, OpeningHours hours) {}

  /** A document holding one polymorphic shape. */
  @JsonPropertyOrder({"shape"})
  record Drawing(Shape shape) {}

  /** A tiny polymorphic hierarchy with named subtypes only. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = Circle.class, name = "circle"),
      @JsonSubTypes.Type(value = Square.class, name = "square")})
  interface Shape {}

  /** A circle. */
  @JsonPropertyOrder({"radius"})
  record Circle(double radius) implements Shape {}

  /** A square. */
  @JsonPropertyOrder({"side"})
  record Square(double side) implements Shape {}

  /** An Immutables type with a required attribute, an optional one and a list. */
  @Value.Immutable
  @SocialHealthStyle
  @JsonPropertyOrder({"name", "email", "phones"})
  @JsonDeserialize(as = ImmutableContact.class)
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableContact.class)
  public abstract static class Contact {
    public abstract String getName();

    public abstract Optional<String> getEmail();

    public abstract List<String> getPhones();
  }

  /** An Immutables document that keeps extensions, as model types with an extension bag do. */
  @Value.Immutable
  @SocialHealthStyle
  @JsonPropertyOrder({"name", "sites", "extensions"})
  @JsonDeserialize(as = ImmutableOrganisation.class)
  @com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganisation.class)
  public abstract static class Organisation {
    public abstract String getName();

    public abstract List<Contact> getSites();

    @Value.Default
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    public Extensions getExtensions() {
      return Extensions.empty();
    }
  }
}
