package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.Rule;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the directory that use the real territory registry. */
class TerritoryContextTest {
  private static final Territory TERRITORY = Territory.embedded();

  private static ValidationReport check(Rule<Directory, Territory> rule, Directory directory) {
    ValidationReport.Builder report = ValidationReport.builder();
    rule.check(directory, TERRITORY, report);
    return report.build();
  }

  private static PostalAddress address(String postalCode, String municipality) {
    return PostalAddress.of(LocalizedText.of("Rue de l'Exemple", "Voorbeeldstraat"), "1", postalCode,
        LocalizedText.of(municipality, municipality));
  }

  private static Directory oneService(TerritoryRef reach, TerritoryRef coverage) {
    return Directory.builder()
        .addOrganisations(Organisation.builder().from(Fixtures.organisation("o", OrganisationKind.ASBL, "O", "O"))
            .addReach(reach).build())
        .addServices(Fixtures.service("o.s", "o", "o.site", TerritorialLevel.COMMUNE, Theme.DEBT)
            .addCoverage(coverage).build())
        .addSites(Site.builder().id("o.site").organisationId("o").commune(Fixtures.ETTERBEEK).build())
        .build();
  }

  @Test
  void climbsFromACommuneToItsBassinAndTheRegion() {
    assertThat(Orientation.ladder(TERRITORY, Fixtures.ETTERBEEK))
        .containsExactly(Fixtures.ETTERBEEK, Fixtures.SUD_EST, Fixtures.REGION);
  }

  @Test
  void climbsFromAStatisticalSectorThroughItsCommune() {
    TerritoryRef sector = TERRITORY.sectorsOf(Fixtures.AUDERGHEM).get(0).toRef();

    List<TerritoryRef> ladder = Orientation.ladder(TERRITORY, sector);

    assertThat(ladder.get(0)).isEqualTo(sector);
    assertThat(ladder).containsSubsequence(Fixtures.AUDERGHEM, Fixtures.SUD_EST, Fixtures.REGION);
  }

  @Test
  void orientsWithTheEmbeddedTerritory() {
    List<OrientationResult> results = Orientation.of(Fixtures.directory(), TERRITORY)
        .orient(Need.of(Theme.MENTAL_HEALTH), Fixtures.ETTERBEEK);

    assertThat(results).extracting(r -> r.getService().getId(), OrientationResult::getLevel).containsExactly(
        tuple("cpas-e.psy", TerritorialLevel.COMMUNE),
        tuple("ssm-se.psy", TerritorialLevel.BASSIN),
        tuple("ligne-r.psy", TerritorialLevel.REGION));
  }

  @Test
  void reportsTerritoryReferencesTheRegistryDoesNotKnow() {
    Directory directory = oneService(TerritoryRef.commune("21099"), Fixtures.ETTERBEEK);

    assertThat(check(DirectoryRules.TERRITORY_REFERENCES, directory).getViolations())
        .extracting(Violation::getCode, Violation::getPath, v -> v.getValue().orElseThrow())
        .containsExactly(tuple(DirectoryCodes.TERRITORY_UNKNOWN, "organisations[0].reach", "commune:21099"));
  }

  @Test
  void acceptsKnownTerritoryReferences() {
    assertThat(check(DirectoryRules.TERRITORY_REFERENCES, oneService(Fixtures.SUD_EST, Fixtures.ETTERBEEK))
        .getViolations()).isEmpty();
  }

  @Test
  void reportsASitePostalCodeOfAnotherCommune() {
    Directory directory = Directory.builder().addSites(Site.builder().id("s").organisationId("o")
        .commune(Fixtures.ETTERBEEK).address(address("1160", "Etterbeek")).build()).build();

    ValidationReport report = check(DirectoryRules.SITE_POSTAL_CODES, directory);

    assertThat(report.getViolations()).singleElement().satisfies(v -> {
      assertThat(v.getCode()).isEqualTo(DirectoryCodes.SITE_POSTAL_CODE_MISMATCH);
      assertThat(v.getPath()).isEqualTo("sites[0].address.postalCode");
      assertThat(v.getMessage().get(Language.EN))
          .isEqualTo("The postal code 1160 does not belong to the commune Etterbeek / Etterbeek.");
    });
  }

  @Test
  void acceptsAPostalCodeSharedByTwoCommunes() {
    Directory directory = Directory.builder().addSites(Site.builder().id("s").organisationId("o")
        .commune(Fixtures.ETTERBEEK).address(address("1040", "Etterbeek")).build()).build();

    assertThat(check(DirectoryRules.SITE_POSTAL_CODES, directory).getViolations()).isEmpty();
  }

  @Test
  void warnsAboutAServiceCoveringMoreThanItsOrganisationReaches() {
    ValidationReport report = check(DirectoryRules.SERVICE_REACH, oneService(Fixtures.ETTERBEEK, Fixtures.SUD_EST));

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
        .containsExactly(tuple(DirectoryCodes.SERVICE_OUTSIDE_REACH, Severity.WARNING, "services[0].coverage"));
  }

  @Test
  void acceptsAServiceCoveringACommuneOfItsOrganisationsBassin() {
    assertThat(check(DirectoryRules.SERVICE_REACH, oneService(Fixtures.SUD_EST, Fixtures.AUDERGHEM)).getViolations())
        .isEmpty();
  }

  @Test
  void runsEveryRuleThroughTheValidatorWithTheTerritoryAsContext() {
    ValidationReport report = ModelValidator.create()
        .validate(oneService(Fixtures.ETTERBEEK, Fixtures.SUD_EST), TERRITORY, DirectoryRules.all());

    assertThat(report.getViolations()).extracting(Violation::getCode)
        .containsExactly(DirectoryCodes.SERVICE_OUTSIDE_REACH);
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void locatesTheCommuneOfAnAddressEvenWhenThePostalCodeSpansTwo() {
    assertThat(Site.locate(address("1160", "Auderghem"), TERRITORY)).contains(Fixtures.AUDERGHEM);
    assertThat(Site.locate(address("1040", "Etterbeek"), TERRITORY)).contains(Fixtures.ETTERBEEK);
    assertThat(Site.locate(address("1040", "Bruxelles"), TERRITORY)).contains(TerritoryRef.commune("21004"));
    assertThat(Site.locate(address("1040", "Nulle-Part"), TERRITORY)).isEmpty();
  }

  @Test
  void completesASiteWithTheBassinThatServesItsCommune() {
    Site site = Site.builder().id("s").organisationId("o").commune(Fixtures.AUDERGHEM).build();

    assertThat(site.withTerritory(TERRITORY).getBassin()).contains(Fixtures.SUD_EST);
  }

  @Test
  void balancesLabelledPointsOverTheCommunesOfTheBassin() {
    LabelBalance balance = InformationPointLabel.of(Fixtures.directory()).balance(Fixtures.SUD_EST, TERRITORY);

    assertThat(balance.getUnits()).extracting(UnitBalance::getUnit).containsExactlyInAnyOrder(
        TerritoryRef.commune("21002"), TerritoryRef.commune("21005"), TerritoryRef.commune("21018"),
        TerritoryRef.commune("21019"));
  }
}
