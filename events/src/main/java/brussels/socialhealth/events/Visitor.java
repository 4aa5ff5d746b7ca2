package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A professional visiting during an open-house week: a professional of the directory (by id), or one
 * described by a {@link ProfessionalContact}. Visitors are always professionals, never beneficiaries.
 * Immutable and thread-safe; at least one of the two is present.
 */
@Value.Immutable
@JsonPropertyOrder({"professionalId", "contact"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisitor.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisitor.class)
public abstract class Visitor {

  /**
   * Returns the directory id of the professional.
   *
   * @return the professional id
   */
  public abstract Optional<String> getProfessionalId();

  /**
   * Returns the professional contact, for professionals not in the directory.
   *
   * @return the contact
   */
  public abstract Optional<ProfessionalContact> getContact();

  /**
   * A professional of the directory.
   *
   * @param professionalId the id; not null
   * @return the visitor
   */
  public static Visitor professional(String professionalId) {
    return ImmutableVisitor.builder().professionalId(professionalId).build();
  }

  /**
   * A professional described by contact.
   *
   * @param contact the contact; not null
   * @return the visitor
   */
  public static Visitor contact(ProfessionalContact contact) {
    return ImmutableVisitor.builder().contact(contact).build();
  }

  /**
   * Returns the key that identifies the visitor, used to find double bookings: the professional id when
   * known, else the contact's {@linkplain ProfessionalContact#identityKey() key}.
   *
   * @return the key
   */
  public String identityKey() {
    return getProfessionalId().map(id -> "professional:" + id)
        .orElseGet(() -> getContact().orElseThrow().identityKey());
  }

  @Value.Check
  void check() {
    if (getProfessionalId().isEmpty() && getContact().isEmpty()) {
      throw new InvalidValueException(EventsCodes.VISITOR_INCOMPLETE, "{}");
    }
    Checks.id(getProfessionalId(), "professionalId");
  }
}
