package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each open-house rule with a passing and a failing case. */
class OpenHouseRulesTest {

  private static final Visitor CAMILLE = Visitor.professional("pro.camille-exemple");

  private static OpenHouseWeek week(UnaryOperator<ImmutableOpenHouseWeek.Builder> change) {
    return change.apply(OpenHouseWeek.builder().from(Fixtures.openHouseWeek())).build();
  }

  private static ImmutableOpenHouseWeek.Builder withRegistrations(ImmutableOpenHouseWeek.Builder builder,
      VisitorRegistration... registrations) {
    return builder.addRegistrations(registrations);
  }

  /** Rule code, a week that keeps it, a week that breaks it, the path of the violation. */
  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(EventsCodes.WINDOWS_ORDER,
            // passing: host window may close on the day the visitor window closes
            week(b -> b.hostWindow(RegistrationWindow.of(LocalDate.of(2024, 5, 21), LocalDate.of(2024, 11, 18)))),
            // failing: the visitor window opens before the host window
            week(b -> b.visitorWindow(RegistrationWindow.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 11, 18)))),
            "hostWindow"),
        Arguments.of(EventsCodes.WINDOW_AFTER_WEEK,
            week(b -> b.visitorWindow(RegistrationWindow.of(LocalDate.of(2024, 9, 16), LocalDate.of(2024, 12, 1)))),
            week(b -> b.visitorWindow(RegistrationWindow.of(LocalDate.of(2024, 9, 16), LocalDate.of(2024, 12, 2)))),
            "visitorWindow.closes"),
        Arguments.of(EventsCodes.HOST_OUTSIDE_WINDOW,
            week(b -> b.hosts(java.util.List.of(OpenHouseHost.builder().from(Fixtures.openHouseWeek().getHosts().get(0))
                .registeredOn(LocalDate.of(2024, 5, 21)).build()))),
            week(b -> b.hosts(java.util.List.of(OpenHouseHost.builder().from(Fixtures.openHouseWeek().getHosts().get(0))
                .registeredOn(LocalDate.of(2024, 9, 1)).build()))),
            "hosts[0].registeredOn"),
        Arguments.of(EventsCodes.VISITOR_OUTSIDE_WINDOW,
            week(b -> withRegistrations(b, VisitorRegistration.of(Visitor.professional("pro.x"), "slot.parc.mon-am",
                LocalDate.of(2024, 9, 16)))),
            week(b -> withRegistrations(b, VisitorRegistration.of(Visitor.professional("pro.x"), "slot.parc.mon-am",
                LocalDate.of(2024, 11, 19)))),
            "registrations[2].registeredOn"),
        Arguments.of(EventsCodes.SLOT_UNKNOWN,
            week(b -> withRegistrations(b, VisitorRegistration.of(Visitor.professional("pro.x"), "slot.parc.mon-am",
                LocalDate.of(2024, 10, 1)))),
            week(b -> withRegistrations(b, VisitorRegistration.of(Visitor.professional("pro.x"), "slot.nowhere",
                LocalDate.of(2024, 10, 1)))),
            "registrations[2].slotId"),
        Arguments.of(EventsCodes.SLOT_OUTSIDE_WEEK,
            week(b -> b.addHost(OpenHouseHost.builder().serviceId("svc.x").registeredOn(LocalDate.of(2024, 6, 1))
                .addSlot(Fixtures.slot("slot.x.fri", 6, 16, 1)).build())),
            week(b -> b.addHost(OpenHouseHost.builder().serviceId("svc.x").registeredOn(LocalDate.of(2024, 6, 1))
                .addSlot(Fixtures.slot("slot.x.sat", 7, 10, 1)).build())),
            "hosts[2].slots[0]"),
        Arguments.of(EventsCodes.CAPACITY_EXCEEDED,
            // slot.tilleuls.mon-am has capacity 2 and one registration: a second fills it
            week(b -> withRegistrations(b, VisitorRegistration.of(Visitor.professional("pro.x"), "slot.tilleuls.mon-am",
                LocalDate.of(2024, 10, 1)))),
            week(b -> withRegistrations(b,
                VisitorRegistration.of(Visitor.professional("pro.x"), "slot.tilleuls.mon-am", LocalDate.of(2024, 10, 1)),
                VisitorRegistration.of(Visitor.professional("pro.y"), "slot.tilleuls.mon-am", LocalDate.of(2024, 10, 2)))),
            "registrations[3].slotId"),
        Arguments.of(EventsCodes.DOUBLE_BOOKING,
            // Camille (09:00-11:00 on Monday) may also book Tuesday
            week(b -> withRegistrations(b, VisitorRegistration.of(CAMILLE, "slot.tilleuls.tue-pm",
                LocalDate.of(2024, 10, 1)))),
            // but not 10:00-12:00 on Monday
            week(b -> withRegistrations(b, VisitorRegistration.of(CAMILLE, "slot.parc.mon-am",
                LocalDate.of(2024, 10, 1)))),
            "registrations[2]"),
        Arguments.of(EventsCodes.BOOKED_TWICE,
            // Camille may book another slot
            week(b -> withRegistrations(b, VisitorRegistration.of(CAMILLE, "slot.tilleuls.tue-pm",
                LocalDate.of(2024, 10, 1)))),
            // but not the one she already holds
            week(b -> withRegistrations(b, VisitorRegistration.of(CAMILLE, "slot.tilleuls.mon-am",
                LocalDate.of(2024, 10, 2)))),
            "registrations[2]"));
  }

  @Test
  void aVisitorBookedTwiceInOneSlotIsToldSoWithTheSlotNamedOnce() {
    OpenHouseWeek twice = week(b -> withRegistrations(b, VisitorRegistration.of(CAMILLE, "slot.tilleuls.mon-am",
        LocalDate.of(2024, 10, 2))));
    Violation violation = OpenHouseRules.check(twice).getViolations().get(0);
    assertThat(violation.getMessage().get(brussels.socialhealth.core.Language.EN))
        .isEqualTo("The visitor professional:pro.camille-exemple is booked twice in the visit slot \"slot.tilleuls.mon-am\".");
    assertThat(violation.getMessage().get(brussels.socialhealth.core.Language.NL))
        .contains("twee keer").contains("slot.tilleuls.mon-am");
  }

  @Test
  void theFixtureWeekKeepsEveryRule() {
    assertThat(OpenHouseRules.check(Fixtures.openHouseWeek()).getViolations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void passingCaseRaisesNoViolation(String code, OpenHouseWeek passing, OpenHouseWeek failing, String path) {
    assertThat(OpenHouseRules.check(passing).getViolations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failingCaseRaisesExactlyThatViolation(String code, OpenHouseWeek passing, OpenHouseWeek failing, String path) {
    ValidationReport report = OpenHouseRules.check(failing);
    assertThat(report.isValid()).isFalse();
    assertThat(report.getViolations()).extracting(Violation::getCode).containsExactly(code);
    assertThat(report.getViolations().get(0).getPath()).isEqualTo(path);
  }

  @Test
  void aSecondBookingIsFoundForAContactVisitorByEmailIgnoringCase() {
    ProfessionalContact noa = Fixtures.openHouseWeek().getRegistrations().get(1).getVisitor().getContact().orElseThrow();
    Visitor sameNoa = Visitor.contact(ProfessionalContact.builder().from(noa).email(brussels.socialhealth.core.EmailAddress.parse("NOA.Fictif@example.org")).build());
    OpenHouseWeek twice = week(b -> withRegistrations(b,
        VisitorRegistration.of(sameNoa, "slot.tilleuls.tue-pm", LocalDate.of(2024, 10, 1))));
    assertThat(OpenHouseRules.check(twice).getViolations()).extracting(Violation::getCode)
        .containsExactly(EventsCodes.BOOKED_TWICE);
  }

  @Test
  void registerAddsARegistrationOnlyWhenEveryRuleStillHolds() {
    OpenHouseWeek week = Fixtures.openHouseWeek();
    OpenHouseWeek more = week.register(VisitorRegistration.of(Visitor.professional("pro.x"), "slot.parc.mon-am",
        LocalDate.of(2024, 10, 1)));
    assertThat(more.getRegistrations()).hasSize(3);
    assertThatThrownBy(() -> week.register(VisitorRegistration.of(CAMILLE, "slot.parc.mon-am",
        LocalDate.of(2024, 10, 1))))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.DOUBLE_BOOKING));
  }

  @Test
  void aRefusedRegistrationExplainsItselfWithEveryPlaceholderFilledInEachLanguage() {
    OpenHouseWeek week = Fixtures.openHouseWeek();
    assertThatThrownBy(() -> week.register(VisitorRegistration.of(CAMILLE, "slot.parc.mon-am",
        LocalDate.of(2024, 10, 1))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          for (brussels.socialhealth.core.Language language : brussels.socialhealth.core.Messages.MESSAGE_LANGUAGES) {
            assertThat(e.getLocalizedMessages().get(language)).as("message in %s", language)
                .doesNotContainPattern("\\{\\d+}")
                .contains("slot.parc.mon-am");
          }
          assertThat(e.getMessage()).endsWith("[" + EventsCodes.DOUBLE_BOOKING + "]");
        });
  }

  @Test
  void aWindowClosingBeforeItOpensCannotExist() {
    assertThatThrownBy(() -> RegistrationWindow.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 8, 31)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.END_BEFORE_START));
  }

  @Test
  void aSlotIdUsedTwiceInAWeekCannotExist() {
    assertThatThrownBy(() -> week(b -> b.addHost(OpenHouseHost.builder().serviceId("svc.x")
            .registeredOn(LocalDate.of(2024, 6, 1)).addSlot(Fixtures.slot("slot.parc.mon-am", 3, 9, 1)).build())))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.SLOT_DUPLICATE));
  }

  @Test
  void aVisitorIsAProfessionalKnownByIdOrContact() {
    assertThatThrownBy(() -> ImmutableVisitor.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.VISITOR_INCOMPLETE));
  }
}
