package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.BassinCode;
import brussels.socialhealth.territory.NeighbourhoodGrouping;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules of a helpdesk case against the embedded territory registry. */
class HelpdeskRulesTest {
  private static final Territory TERRITORY = Territory.embedded();

  private static HelpdeskCase withPlace(TerritoryRef bassin, Optional<TerritoryRef> place) {
    HelpdeskCase base = Fixtures.helpdeskCase();
    return ImmutableHelpdeskCase.copyOf(base).withBassin(bassin)
        .withSituation(CaseSituation.builder().from(base.getSituation()).place(place).build());
  }

  @Test
  void aCommuneOfTheBassinPasses() {
    // Etterbeek (21005) is in bassin Sud-Est
    assertThat(HelpdeskRules.check(withPlace(Fixtures.SUD_EST, Optional.of(TerritoryRef.commune("21005"))), TERRITORY)
        .getViolations()).isEmpty();
  }

  @Test
  void aCaseWithoutPlacePasses() {
    assertThat(HelpdeskRules.check(withPlace(Fixtures.SUD_EST, Optional.empty()), TERRITORY).getViolations()).isEmpty();
  }

  @Test
  void aCommuneOfAnotherBassinIsAWarning() {
    // Ixelles (21009) is in bassin Sud
    ValidationReport report = HelpdeskRules.check(
        withPlace(Fixtures.SUD_EST, Optional.of(TerritoryRef.commune("21009"))), TERRITORY);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getViolations()).extracting(Violation::getCode)
        .containsExactly(EventsCodes.CASE_PLACE_OUTSIDE_BASSIN);
    assertThat(report.getViolations().get(0).getPath()).isEqualTo("situation.place");
  }

  @Test
  void anotherBassinAsPlaceIsAWarning() {
    assertThat(HelpdeskRules.check(withPlace(Fixtures.SUD_EST, Optional.of(Fixtures.SUD)), TERRITORY).getViolations())
        .extracting(Violation::getCode).containsExactly(EventsCodes.CASE_PLACE_OUTSIDE_BASSIN);
    assertThat(HelpdeskRules.check(withPlace(Fixtures.SUD_EST, Optional.of(Fixtures.SUD_EST)), TERRITORY)
        .getViolations()).isEmpty();
  }

  @Test
  void aNeighbourhoodGroupingIsCheckedThroughItsBassin() {
    NeighbourhoodGrouping grouping = TERRITORY.groupings().get(0);
    TerritoryRef own = grouping.getBassin().toRef();
    TerritoryRef other = (grouping.getBassin() == BassinCode.SUD ? BassinCode.NORD : BassinCode.SUD).toRef();
    assertThat(HelpdeskRules.check(withPlace(own, Optional.of(grouping.toRef())), TERRITORY).getViolations())
        .isEmpty();
    assertThat(HelpdeskRules.check(withPlace(other, Optional.of(grouping.toRef())), TERRITORY).getViolations())
        .extracting(Violation::getCode).containsExactly(EventsCodes.CASE_PLACE_OUTSIDE_BASSIN);
  }

  @Test
  void anUnknownPlaceIsAWarningAndAnUnknownBassinAnError() {
    assertThat(HelpdeskRules.check(withPlace(Fixtures.SUD_EST, Optional.of(TerritoryRef.commune("21999"))), TERRITORY)
        .getViolations()).extracting(Violation::getCode).containsExactly(EventsCodes.CASE_PLACE_UNKNOWN);
    ValidationReport report = HelpdeskRules.check(
        withPlace(TerritoryRef.bassin("OUEST_LOINTAIN"), Optional.empty()), TERRITORY);
    assertThat(report.isValid()).isFalse();
    assertThat(report.getViolations()).extracting(Violation::getCode).containsExactly(EventsCodes.CASE_BASSIN_UNKNOWN);
  }

  @Test
  void anUnknownBassinDoesNotAlsoPutAKnownPlaceOutsideIt() {
    ValidationReport report = HelpdeskRules.check(
        withPlace(TerritoryRef.bassin("OUEST_LOINTAIN"), Optional.of(TerritoryRef.commune("21002"))), TERRITORY);

    assertThat(report.getViolations()).extracting(Violation::getCode).containsExactly(EventsCodes.CASE_BASSIN_UNKNOWN);
  }
}
