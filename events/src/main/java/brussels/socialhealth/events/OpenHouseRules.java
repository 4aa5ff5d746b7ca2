package brussels.socialhealth.events;

import brussels.socialhealth.core.validation.Rule;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The business rules of an {@link OpenHouseWeek}, reported (never thrown):
 *
 * <ul>
 *   <li>{@link EventsCodes#WINDOWS_ORDER}: the host window opens no later than the visitor window and
 *       closes no later than it (hosts must be known before visitors choose);
 *   <li>{@link EventsCodes#WINDOW_AFTER_WEEK}: each window closes before the first day of the week;
 *   <li>{@link EventsCodes#HOST_OUTSIDE_WINDOW}, {@link EventsCodes#VISITOR_OUTSIDE_WINDOW}: every
 *       registration falls inside its window;
 *   <li>{@link EventsCodes#SLOT_OUTSIDE_WEEK}: every visit slot lies within the week;
 *   <li>{@link EventsCodes#SLOT_UNKNOWN}: every registration books a slot that a host offers;
 *   <li>{@link EventsCodes#CAPACITY_EXCEEDED}: no slot holds more registrations than its capacity;
 *   <li>{@link EventsCodes#DOUBLE_BOOKING}: no visitor is booked in two slots that overlap in time;
 *   <li>{@link EventsCodes#BOOKED_TWICE}: no visitor is booked twice in the same slot.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class OpenHouseRules implements Rule<OpenHouseWeek, Void> {
  private static final OpenHouseRules INSTANCE = new OpenHouseRules();

  private OpenHouseRules() {}

  /**
   * Returns the shared instance, to combine with other rules.
   *
   * @return the rule
   */
  public static OpenHouseRules instance() {
    return INSTANCE;
  }

  /**
   * Checks every rule.
   *
   * @param week the week; not null
   * @return the report, valid when no rule is broken
   */
  public static ValidationReport check(OpenHouseWeek week) {
    ValidationReport.Builder report = ValidationReport.builder();
    INSTANCE.check(week, null, report);
    return report.build();
  }

  @Override
  public void check(OpenHouseWeek week, Void context, ValidationReport.Builder report) {
    RegistrationWindow hosts = week.getHostWindow();
    RegistrationWindow visitors = week.getVisitorWindow();
    LocalDate firstDay = week.getStart().toLocalDate();
    if (hosts.getOpens().isAfter(visitors.getOpens()) || hosts.getCloses().isAfter(visitors.getCloses())) {
      report.addViolation(Violation.error(EventsCodes.WINDOWS_ORDER, "hostWindow", hosts.getOpens(),
          hosts.getCloses(), visitors.getOpens(), visitors.getCloses()));
    }
    if (!hosts.getCloses().isBefore(firstDay)) {
      report.addViolation(Violation.error(EventsCodes.WINDOW_AFTER_WEEK, "hostWindow.closes",
          hosts.getCloses(), firstDay));
    }
    if (!visitors.getCloses().isBefore(firstDay)) {
      report.addViolation(Violation.error(EventsCodes.WINDOW_AFTER_WEEK, "visitorWindow.closes",
          visitors.getCloses(), firstDay));
    }
    for (int h = 0; h < week.getHosts().size(); h++) {
      OpenHouseHost host = week.getHosts().get(h);
      if (!hosts.contains(host.getRegisteredOn())) {
        report.addViolation(Violation.error(EventsCodes.HOST_OUTSIDE_WINDOW, "hosts[" + h + "].registeredOn",
            host.getRegisteredOn(), hosts.getOpens(), hosts.getCloses()));
      }
      for (int s = 0; s < host.getSlots().size(); s++) {
        VisitSlot slot = host.getSlots().get(s);
        if (slot.getStart().isBefore(week.getStart()) || slot.getEnd().isAfter(week.getEnd())) {
          report.addViolation(Violation.error(EventsCodes.SLOT_OUTSIDE_WEEK, "hosts[" + h + "].slots[" + s + "]",
              slot.getId(), week.getStart(), week.getEnd()));
        }
      }
    }
    Map<String, VisitSlot> slots = week.slotsById();
    Map<String, Integer> booked = new LinkedHashMap<>();
    Map<String, List<VisitSlot>> byVisitor = new HashMap<>();
    for (int r = 0; r < week.getRegistrations().size(); r++) {
      VisitorRegistration registration = week.getRegistrations().get(r);
      String path = "registrations[" + r + "]";
      if (!visitors.contains(registration.getRegisteredOn())) {
        report.addViolation(Violation.error(EventsCodes.VISITOR_OUTSIDE_WINDOW, path + ".registeredOn",
            registration.getRegisteredOn(), visitors.getOpens(), visitors.getCloses()));
      }
      VisitSlot slot = slots.get(registration.getSlotId());
      if (slot == null) {
        report.addViolation(Violation.error(EventsCodes.SLOT_UNKNOWN, path + ".slotId", registration.getSlotId()));
        continue;
      }
      int count = booked.merge(slot.getId(), 1, Integer::sum);
      if (count == slot.getCapacity() + 1) {
        report.addViolation(Violation.error(EventsCodes.CAPACITY_EXCEEDED, path + ".slotId", slot.getId(),
            slot.getCapacity()));
      }
      String visitor = registration.getVisitor().identityKey();
      List<VisitSlot> already = byVisitor.computeIfAbsent(visitor, key -> new ArrayList<>());
      for (VisitSlot other : already) {
        if (other.getId().equals(slot.getId())) {
          report.addViolation(Violation.error(EventsCodes.BOOKED_TWICE, path, visitor, slot.getId()));
          break;
        }
        if (other.overlaps(slot)) {
          report.addViolation(Violation.error(EventsCodes.DOUBLE_BOOKING, path, visitor, other.getId(),
              slot.getId()));
          break;
        }
      }
      already.add(slot);
    }
  }
}
