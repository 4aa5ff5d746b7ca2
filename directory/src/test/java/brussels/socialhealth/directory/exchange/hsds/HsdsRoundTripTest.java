package brussels.socialhealth.directory.exchange.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.GeoPoint;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.ImmutableOrganisation;
import brussels.socialhealth.directory.ImmutableService;
import brussels.socialhealth.directory.ImmutableSite;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceAtSite;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.directory.exchange.json.ExchangeJson;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HsdsRoundTripTest {

  /** The sample directory of the directory module's golden file, enriched with contacts and an address. */
  static Directory sample() throws IOException {
    Directory golden;
    try (InputStream in = HsdsRoundTripTest.class.getResourceAsStream("/golden/directory.json")) {
      golden = SocialHealthJson.strictMapper().readValue(in, Directory.class);
    }
    Organisation first = ImmutableOrganisation.copyOf(golden.getOrganisations().get(0))
        .withShortName("CPAS-E")
        .withPhones(PhoneNumber.parse("02 627 21 11"), PhoneNumber.parse("0470 12 34 56"))
        .withEmails(EmailAddress.parse("accueil@cpas-e.example"), EmailAddress.parse("direction@cpas-e.example"))
        .withWebsite(WebAddress.parse("https://cpas-e.example"))
        .withEnterpriseNumber(EnterpriseNumber.parse("0412.345.614"))
        .withExternalRefs(ExternalRef.of("social.brussels", "12345"))
        .withNames(LocalizedText.of("CPAS fictif d'Etterbeek", "Fictief OCMW Etterbeek", "Fictitious PCSW"));
    Site site = ImmutableSite.copyOf(golden.getSites().get(0))
        .withNames(LocalizedText.of("Accueil", "Onthaal"))
        .withAddress(PostalAddress.builder().street(LocalizedText.of("Avenue d'Auderghem", "Oudergemlaan"))
            .houseNumber("10").box("B").postalCode("1040").municipality(LocalizedText.of("Etterbeek", "Etterbeek"))
            .build())
        .withLocation(GeoPoint.of(50.836, 4.389))
        .withOpeningHours(OpeningHours.parse("Mo-Fr 08:30-12:00,13:00-16:30"))
        .withPhones(PhoneNumber.parse("02 627 21 12"))
        .withExternalRefs(ExternalRef.of("social.brussels", "site-1"));
    Service service = ImmutableService.copyOf(golden.getServices().get(0))
        .withDescriptions(LocalizedText.of("Premier accueil", "Eerste onthaal"))
        .withCoverage(TerritoryRef.commune("21005"))
        .withWebsite(WebAddress.parse("https://cpas-e.example/accueil"))
        .withPhones(PhoneNumber.parse("02 627 21 13"))
        .withLocations(ServiceAtSite.builder().siteId(site.getId()).notes(LocalizedText.of("Rez", "Gelijkvloers"))
            .openingHours(OpeningHours.parse("Mo,Th 09:00-12:00; PH off")).build());
    return Directory.builder().from(golden)
        .organisations(replaceFirst(golden.getOrganisations(), first))
        .sites(replaceFirst(golden.getSites(), site))
        .services(replaceFirst(golden.getServices(), service))
        .build();
  }

  static <T> List<T> replaceFirst(List<T> list, T first) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.set(0, first);
    return copy;
  }

  @Test
  void roundTripsTheSampleDirectoryThroughHsdsLosingExactlyWhatHsdsCannotCarry() throws IOException {
    Directory sample = sample();

    String json = ExchangeJson.toPrettyJson(Hsds.toHsds(sample));
    Directory back = Hsds.fromHsds(ExchangeJson.readMap(json));

    Directory expected = Hsds.carriedPart(sample);
    assertThat(back.getOrganisations()).containsExactlyElementsOf(expected.getOrganisations());
    assertThat(back.getSites()).containsExactlyElementsOf(expected.getSites());
    assertThat(back.getServices()).containsExactlyElementsOf(expected.getServices());
    assertThat(back).isEqualTo(expected);
  }

  @Test
  void writesTheHsdsTablesAndFields() {
    Map<String, Object> bundle = Hsds.toHsds(sampleUnchecked());

    assertThat(bundle).containsKeys("organizations", "services", "locations", "service_at_locations");
    @SuppressWarnings("unchecked")
    Map<String, Object> organization = ((List<Map<String, Object>>) bundle.get("organizations")).get(0);
    assertThat(organization).containsEntry("name", "CPAS fictif d'Etterbeek")
        .containsEntry("alternate_name", "Fictief OCMW Etterbeek")
        .containsEntry("tax_id", "0412.345.614")
        .containsKeys("phones", "organization_identifiers", "attributes");
    @SuppressWarnings("unchecked")
    Map<String, Object> location = ((List<Map<String, Object>>) bundle.get("locations")).get(0);
    assertThat(location).containsKeys("addresses", "schedules", "phones", "accessibility");
    assertThat(location.get("schedules").toString()).contains("byday=MO").contains("opens_at=08:30");
    @SuppressWarnings("unchecked")
    Map<String, Object> service = ((List<Map<String, Object>>) bundle.get("services")).get(0);
    assertThat(service).containsKeys("languages", "service_areas", "phones").containsEntry("status", "active");
    @SuppressWarnings("unchecked")
    Map<String, Object> serviceAtLocation = ((List<Map<String, Object>>) bundle.get("service_at_locations")).get(0);
    assertThat(serviceAtLocation).containsEntry("description", "Rez");
    assertThat(serviceAtLocation.get("schedules").toString()).contains("byday=TH").contains("opens_at=09:00");
  }

  static Directory sampleUnchecked() {
    try {
      return sample();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
