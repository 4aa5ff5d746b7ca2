package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.territory.TerritoryCodes;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectoryTargetsTest {

  static final String MAPPING = String.join("\n",
      "mapping: 1",
      "source: ixelles-social-map",
      "target: organisation",
      "input: {format: csv, encoding: utf-8, separator: \";\"}",
      "id: Fiche",
      "fields:",
      "  names: {column: Nom / Naam, split: \" / \", languages: [fr, nl]}",
      "  kind:",
      "    column: Type",
      "    values: {Maison médicale: medical-house, CPAS: cpas, ASBL: asbl}",
      "  enterpriseNumber: BCE",
      "  phones: {column: Tél, separators: [\" - \"]}",
      "  website: Site",
      "  street: {column: Rue, languages: [fr]}",
      "  houseNumber: N°",
      "  postalCode: CP",
      "  municipality: {column: Commune, languages: [fr]}",
      "");

  static final String CSV = String.join("\n",
      "Fiche;Nom / Naam;Type;BCE;Tél;Site;Rue;N°;CP;Commune;Remarque",
      "F1;Maison médicale du Marais / Medisch Huis Het Moeras;Maison médicale;0412.345.614;02 512 34 56 - 0470 12 34 56;"
          + "https://marais.example;Rue du Marais;12;1050;Ixelles;",
      "F2;Entraide des Étangs;ASBL;0423.456.766;02 xx;;Rue des Étangs;3;1050;Ixelles;ouvert le lundi",
      "F3;Le Relais / Het Relais;ASBL;;;;Chaussée de Nulle Part;1;9999;Nulle Part;",
      "F4;Sans Type / Zonder Type;Collectif;;;;;;1050;;",
      "");

  static ImportReport run(String mapping, String csv, Importer.ListSink<Directory> sink) throws IOException {
    Mapping loaded = MappingReader.read(mapping, "m.yaml");
    return Importer.of(loaded, DirectoryTargets.organisation())
        .run(ImportInput.of("in.csv", csv.getBytes(StandardCharsets.UTF_8)), sink);
  }

  @Test
  void buildsOrganisationsAndTheirSitesThroughTheModelsParsersAndTheTerritory() throws IOException {
    Importer.ListSink<Directory> sink = Importer.toList();

    ImportReport report = run(MAPPING, CSV, sink);

    assertThat(report.getRead()).isEqualTo(4);
    assertThat(report.getAccepted()).isEqualTo(1);
    Directory first = sink.items().get(0).value();
    Organisation organisation = first.getOrganisations().get(0);
    assertThat(organisation.getId()).isEqualTo("ixelles-social-map:f1");
    assertThat(organisation.getNames()).isEqualTo(
        LocalizedText.of("Maison médicale du Marais", "Medisch Huis Het Moeras"));
    assertThat(organisation.getKind()).isEqualTo(OrganisationKind.MEDICAL_HOUSE);
    assertThat(organisation.getEnterpriseNumber()).contains(EnterpriseNumber.parse("0412345614"));
    assertThat(organisation.getPhones()).containsExactly(PhoneNumber.parse("025123456"),
        PhoneNumber.parse("0470123456"));
    assertThat(organisation.getExternalRefs()).extracting(Object::toString).containsExactly("ixelles-social-map:F1");
    Site site = first.getSites().get(0);
    assertThat(organisation.getSiteIds()).containsExactly(site.getId());
    assertThat(site.getCommune()).isEqualTo(TerritoryRef.commune("21009"));
    assertThat(site.getBassin()).isPresent();
    assertThat(site.getAddress()).hasValueSatisfying(a -> assertThat(a.getPostalCode()).isEqualTo("1050"));
  }

  @Test
  void reportsEveryRealisticFaultWithItsCodeAndColumn() throws IOException {
    ImportReport report = run(MAPPING, CSV, Importer.toList());

    List<RecordOutcome> records = report.getRecords();
    RecordOutcome second = records.get(0);
    assertThat(second.getStatus()).isEqualTo(RecordStatus.ACCEPTED_WITH_WARNINGS);
    assertThat(second.getViolations()).extracting(Violation::getCode, v -> v.getColumn().orElse(""))
        .contains(
            org.assertj.core.groups.Tuple.tuple(CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS, "BCE"),
            org.assertj.core.groups.Tuple.tuple(CoreCodes.TEXT_OFFICIAL_LANGUAGES, "Nom / Naam"));
    assertThat(second.getViolations()).extracting(Violation::getColumn).contains(java.util.Optional.of("Tél"));
    RecordOutcome third = records.get(1);
    assertThat(third.getViolations()).extracting(Violation::getCode)
        .contains(TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN);
    RecordOutcome fourth = records.get(2);
    assertThat(fourth.getStatus()).isEqualTo(RecordStatus.REJECTED);
    assertThat(fourth.getViolations()).extracting(Violation::getCode).contains(ExchangeCodes.VALUE_UNMAPPED);
    assertThat(fourth.getViolations().get(0).getMessage().get(Language.NL)).contains("Collectif");
  }

  @Test
  void keepsTheCellsItDroppedAsExtensionsOfTheOrganisation() throws IOException {
    Importer.ListSink<Directory> sink = Importer.toList();

    run(MAPPING, CSV, sink);

    Organisation second = sink.items().get(1).value().getOrganisations().get(0);
    assertThat(second.getExtensions().getNamespace("ixelles-social-map"))
        .containsEntry("BCE", "0423.456.766")
        .containsEntry("Tél", "02 xx")
        .containsEntry("Remarque", "ouvert le lundi");
    Organisation third = sink.items().get(2).value().getOrganisations().get(0);
    assertThat(sink.items().get(2).value().getSites()).isEmpty();
    assertThat(third.getExtensions().get("ixelles-social-map", "CP")).contains("9999");
  }

  @Test
  void importsServicesOfAnOrganisationNamedByThePartnersIdentifier() throws IOException {
    String mapping = String.join("\n",
        "mapping: 1", "source: ixelles-social-map", "target: service",
        "input: {format: jsonl}", "id: ref",
        "fields:", "  organisationId: org", "  names: {columns: {fr: fr, nl: nl}}",
        "  themes: {column: themes, values: {Logement: housing}}", "  siteIds: sites", "");
    String jsonl = "{\"ref\": \"S1\", \"org\": \"F1\", \"fr\": \"Permanence logement\", \"nl\": \"Woonpermanentie\","
        + " \"themes\": [\"Logement\"], \"sites\": [\"F1-site\"]}\n";
    Importer.ListSink<Directory> sink = Importer.toList();

    ImportReport report = Importer.of(MappingReader.read(mapping, "s.yaml"), DirectoryTargets.service())
        .run(ImportInput.of("s.jsonl", jsonl.getBytes(StandardCharsets.UTF_8)), sink);

    assertThat(report.getRejected()).isZero();
    Service service = sink.items().get(0).value().getServices().get(0);
    assertThat(service.getOrganisationId()).isEqualTo("ixelles-social-map:f1");
    assertThat(service.getThemes()).extracting(Object::toString).containsExactly("housing");
    assertThat(service.siteIds()).containsExactly("ixelles-social-map:f1-site");
  }

  @Test
  void listsTheDirectoryTargetsInTheRegistry() {
    assertThat(ExchangeTargets.all()).extracting(ExchangeTarget::getName)
        .contains("organisation", "site", "service");
  }
}
