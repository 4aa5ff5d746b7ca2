package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.Rule;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.TerritorialLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryRulesTest {
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  private static ValidationReport check(Rule<Directory, Object> rule, Directory directory) {
    ValidationReport.Builder report = ValidationReport.builder();
    rule.check(directory, null, report);
    return report.build();
  }

  @Test
  void acceptsTheFixtureUnderEveryStandaloneRule() {
    ValidationReport report = VALIDATOR.validate(Fixtures.directory(), null, DirectoryRules.standalone());

    assertThat(report.getViolations()).isEmpty();
  }

  @Test
  void reportsAServicePointingToAnUnknownSiteAndAMembershipToAService() {
    Directory directory = Directory.builder().from(Fixtures.directory())
        .addServices(Fixtures.service("orphan", "cpas-e", "nowhere", TerritorialLevel.COMMUNE, Theme.DEBT).build())
        .addMemberships(Membership.builder().id("m-bad").memberId("p-bo").groupId("cpas-e.psy").build())
        .build();

    ValidationReport report = check(DirectoryRules.REFERENCES, directory);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getPath, v -> v.getValue().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DirectoryCodes.REFERENCE_UNKNOWN, "services[7].locations[0].siteId", "nowhere"),
            org.assertj.core.groups.Tuple.tuple(DirectoryCodes.REFERENCE_UNKNOWN, "memberships[2].groupId", "cpas-e.psy"));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void warnsAboutAMissingDutchName() {
    Directory directory = Directory.builder().from(Fixtures.directory())
        .addOrganisations(Organisation.builder().id("fr-only").names(LocalizedText.of(Language.FR, "Le Relais"))
            .kind(OrganisationKind.ASBL).build())
        .build();

    ValidationReport report = check(DirectoryRules.DUTCH_NAMES, directory);

    assertThat(report.getViolations()).singleElement().satisfies(v -> {
      assertThat(v.getCode()).isEqualTo(DirectoryCodes.NAME_DUTCH_MISSING);
      assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(v.getPath()).isEqualTo("organisations[6].names");
      assertThat(v.getMessage().get(Language.NL)).isEqualTo("De naam \"Le Relais\" bestaat niet in het Nederlands.");
    });
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void warnsThroughBeanValidationWhenAnOfficialNameLacksDutch() {
    Organisation organisation = Organisation.builder().id("fr-only")
        .names(LocalizedText.of(Language.FR, "Le Relais")).kind(OrganisationKind.ASBL).build();

    ValidationReport report = VALIDATOR.validate(organisation);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getSeverity, Violation::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("core.text.official-languages", Severity.WARNING, "names"));
  }

  @Test
  void warnsThroughBeanValidationWhenAServiceHasNoTheme() {
    Service service = Service.builder().from(Fixtures.CPAS_RECEPTION).themes(List.of()).build();

    ValidationReport report = VALIDATOR.validate(service);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getSeverity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("core.constraint.not-empty", Severity.WARNING));
  }

  @Test
  void reportsANeighbourhoodServiceWithoutAnyGrouping() {
    Site noGrouping = Site.builder().id("bare").organisationId("mm-w").commune(Fixtures.ETTERBEEK).build();
    Directory directory = Directory.builder().from(Fixtures.directory()).addSites(noGrouping)
        .addServices(Fixtures.service("street", "mm-w", "bare", TerritorialLevel.NEIGHBOURHOOD, Theme.FOOD_AID).build())
        .build();

    ValidationReport report = check(DirectoryRules.NEIGHBOURHOOD_COVERAGE, directory);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getPath)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DirectoryCodes.SERVICE_NO_GROUPING, "services[7].coverage"));
  }

  @Test
  void acceptsANeighbourhoodServiceWhoseSiteHasAGrouping() {
    assertThat(check(DirectoryRules.NEIGHBOURHOOD_COVERAGE, Fixtures.directory()).getViolations()).isEmpty();
  }

  @Test
  void warnsAboutCodesNoListDefines() {
    Directory directory = Directory.builder().from(Fixtures.directory())
        .addServices(Fixtures.service("garden", "mm-w", "mm-w.site", TerritorialLevel.COMMUNE,
            Theme.parse("urban-gardening")).build())
        .build();

    ValidationReport report = check(DirectoryRules.UNDEFINED_CODES, directory);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getPath, v -> v.getValue().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DirectoryCodes.CODE_UNDEFINED, "services[7].themes",
            "urban-gardening"));
  }

  @Test
  void acceptsCodesTheUserDefined() {
    Theme gardening = Theme.define("community-gardening",
        LocalizedText.of("Potagers collectifs", "Samentuinen", "Community gardening"));
    Directory directory = Directory.builder().from(Fixtures.directory())
        .addServices(Fixtures.service("garden", "mm-w", "mm-w.site", TerritorialLevel.COMMUNE, gardening).build())
        .build();

    assertThat(check(DirectoryRules.UNDEFINED_CODES, directory).getViolations()).isEmpty();
  }

  @Test
  void warnsAboutTwoOrganisationsWithTheSameEnterpriseNumber() {
    brussels.socialhealth.core.EnterpriseNumber number = brussels.socialhealth.core.EnterpriseNumber.parse("0123.456.749");
    Directory directory = Directory.builder().from(Fixtures.directory())
        .addOrganisations(
            Organisation.builder().from(Fixtures.organisation("asbl-1", OrganisationKind.ASBL, "Un", "Een"))
                .enterpriseNumber(number).build(),
            Organisation.builder().from(Fixtures.organisation("asbl-2", OrganisationKind.ASBL, "Deux", "Twee"))
                .enterpriseNumber(number).build())
        .build();

    ValidationReport report = check(DirectoryRules.DUPLICATE_ENTERPRISE_NUMBERS, directory);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getPath, v -> v.getValue().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DirectoryCodes.DUPLICATE_ENTERPRISE_NUMBER,
            "organisations[7].enterpriseNumber", "0123.456.749"));
    assertThat(report.getViolations().get(0).getMessage().get(Language.FR))
        .isEqualTo("Le numéro d'entreprise 0123.456.749 est aussi celui de « asbl-1 ».");
  }

  @Test
  void acceptsOrganisationsWithDistinctEnterpriseNumbers() {
    assertThat(check(DirectoryRules.DUPLICATE_ENTERPRISE_NUMBERS, Fixtures.directory()).getViolations()).isEmpty();
  }

  @Test
  void warnsAboutTheSameNameAtTheSameAddressWrittenDifferently() {
    brussels.socialhealth.core.PostalAddress address = brussels.socialhealth.core.PostalAddress.of(
        LocalizedText.of("Avenue de l'Exemple", "Voorbeeldlaan"), "3", "1160", LocalizedText.of("Auderghem", "Oudergem"));
    brussels.socialhealth.core.PostalAddress same = brussels.socialhealth.core.PostalAddress.of(
        LocalizedText.of("AVENUE DE L’EXEMPLE", "Voorbeeldlaan"), "3", "1160", LocalizedText.of("Auderghem", "Oudergem"));
    brussels.socialhealth.core.PostalAddress elsewhere = brussels.socialhealth.core.PostalAddress.of(
        LocalizedText.of("Rue Autre", "Andere straat"), "8", "1150", LocalizedText.of("Woluwe-Saint-Pierre", "Sint-Pieters-Woluwe"));
    Directory directory = Directory.builder()
        .addOrganisations(Fixtures.organisation("a", OrganisationKind.ASBL, "Le Pont", "De Brug"),
            Fixtures.organisation("b", OrganisationKind.ASBL, "Le pont", "De Brug"),
            Fixtures.organisation("c", OrganisationKind.ASBL, "Le Pont", "De Brug"))
        .addSites(Site.builder().id("a.s").organisationId("a").commune(Fixtures.AUDERGHEM).address(address).build(),
            Site.builder().id("b.s").organisationId("b").commune(Fixtures.AUDERGHEM).address(same).build(),
            Site.builder().id("c.s").organisationId("c").commune(Fixtures.AUDERGHEM).address(elsewhere).build())
        .build();

    ValidationReport report = check(DirectoryRules.DUPLICATE_NAMES, directory);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getPath, v -> v.getValue().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DirectoryCodes.DUPLICATE_NAME_ADDRESS, "organisations[1]", "b"));
  }

  @Test
  void warnsAboutTwoOrganisationsWithTheSameNormalisedName() {
    Directory directory = Directory.builder().from(Fixtures.directory())
        .addOrganisations(Fixtures.organisation("cpas-e-bis", OrganisationKind.CPAS, "Cpas  FICTIF d’Etterbeek",
            "OCMW"))
        .build();

    ValidationReport report = check(DirectoryRules.DUPLICATE_NAMES, directory);

    assertThat(report.getViolations()).extracting(Violation::getCode, Violation::getSeverity, v -> v.getValue().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DirectoryCodes.DUPLICATE_NAME_ADDRESS, Severity.WARNING,
            "cpas-e-bis"));
  }
}
