package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.EventChecks;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An open-house week (Semaine Portes Ouvertes, Opendeurenweek) of a bassin: services of the directory
 * open their doors to other social-health professionals, to foster mutual knowledge and ease
 * orientation. Each edition has a name in French and Dutch ("Le Grand Bain / Het Grote Bad"), a
 * {@linkplain #getHostWindow() host registration window}, a {@linkplain #getVisitorWindow() visitor
 * registration window}, the week itself ({@link #getStart()} to {@link #getEnd()}), the
 * {@linkplain #getHosts() host services} with their visit slots and the
 * {@linkplain #getRegistrations() visitor registrations}.
 *
 * <p>Construction only guarantees consistency (slot ids unique in the week). The business rules (windows
 * in order and before the week, registrations inside their window, capacity, no double booking) are
 * checked by {@link OpenHouseRules}, which reports rather than throws. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "title", "bassins", "start", "end", "place", "organiserId", "themes",
    "audience", "status", "editionName", "hostWindow", "visitorWindow", "hosts", "registrations"})
@JsonIgnoreProperties(value = "kind", allowGetters = true)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOpenHouseWeek.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOpenHouseWeek.class)
public abstract class OpenHouseWeek implements Event {

  /** Always {@link EventKind#OPEN_HOUSE_WEEK}. */
  @Override
  public final EventKind getKind() {
    return EventKind.OPEN_HOUSE_WEEK;
  }

  /**
   * Returns the audience; open by default.
   *
   * @return the audience
   */
  @Override
  @Value.Default
  public Audience getAudience() {
    return Audience.OPEN;
  }

  /**
   * Returns the status; planned by default.
   *
   * @return the status
   */
  @Override
  @Value.Default
  public EventStatus getStatus() {
    return EventStatus.PLANNED;
  }

  /**
   * Returns the name of the edition, in French and Dutch ("Le Grand Bain", "Het Grote Bad").
   *
   * @return the edition name
   */
  public abstract LocalizedText getEditionName();

  /**
   * Returns the window in which services register as hosts.
   *
   * @return the host window
   */
  public abstract RegistrationWindow getHostWindow();

  /**
   * Returns the window in which professionals register as visitors.
   *
   * @return the visitor window
   */
  public abstract RegistrationWindow getVisitorWindow();

  /**
   * Returns the host services.
   *
   * @return the hosts
   */
  public abstract List<OpenHouseHost> getHosts();

  /**
   * Returns the visitor registrations.
   *
   * @return the registrations
   */
  public abstract List<VisitorRegistration> getRegistrations();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableOpenHouseWeek.Builder builder() {
    return ImmutableOpenHouseWeek.builder();
  }

  /**
   * Returns every slot of every host by slot id, in the order of the hosts.
   *
   * @return an unmodifiable map
   */
  public Map<String, VisitSlot> slotsById() {
    Map<String, VisitSlot> slots = new LinkedHashMap<>();
    getHosts().forEach(host -> host.getSlots().forEach(slot -> slots.put(slot.getId(), slot)));
    return java.util.Collections.unmodifiableMap(slots);
  }

  /**
   * Finds a slot by id.
   *
   * @param slotId the slot id; not null
   * @return the slot, or empty
   */
  public Optional<VisitSlot> findSlot(String slotId) {
    return Optional.ofNullable(slotsById().get(slotId));
  }

  /**
   * Returns a copy with one more registration, only if every rule still holds afterwards.
   *
   * @param registration the registration; not null
   * @return the copy
   * @throws InvalidValueException with the code and the trilingual message of the first error
   *     {@link OpenHouseRules} reports
   */
  public OpenHouseWeek register(VisitorRegistration registration) {
    OpenHouseWeek candidate = ImmutableOpenHouseWeek.builder().from(this).addRegistration(registration).build();
    brussels.socialhealth.core.validation.ValidationReport report = OpenHouseRules.check(candidate);
    if (!report.isValid()) {
      brussels.socialhealth.core.validation.Violation first = report.getErrors().get(0);
      throw InvalidValueException.withMessage(first.getCode(), first.getValue().orElse(registration.getSlotId()),
          first.getMessage());
    }
    return candidate;
  }

  /**
   * Returns a copy in another status, if the lifecycle allows it.
   *
   * @param target the new status; not null
   * @return the copy
   * @throws InvalidValueException {@link EventsCodes#STATUS_TRANSITION_ILLEGAL}
   */
  public OpenHouseWeek moveTo(EventStatus target) {
    return ImmutableOpenHouseWeek.copyOf(this).withStatus(getStatus().moveTo(target));
  }

  @Value.Check
  void check() {
    EventChecks.check(this);
    Set<String> ids = new HashSet<>();
    for (OpenHouseHost host : getHosts()) {
      for (VisitSlot slot : host.getSlots()) {
        if (!ids.add(slot.getId())) {
          throw new InvalidValueException(EventsCodes.SLOT_DUPLICATE, slot.getId());
        }
      }
    }
  }
}
