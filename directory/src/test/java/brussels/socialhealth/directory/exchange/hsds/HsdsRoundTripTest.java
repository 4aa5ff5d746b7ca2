package brussels.socialhealth.directory.exchange.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.GeoPoint;
import brussels.socialhealth.core.Language;
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
import java.util.stream.Collectors;
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
            .build());
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

  /**
   * The directory as HSDS 3.0 can carry it. Each line below is a field HSDS cannot carry (also listed in
   * docs/integration.md): the test fails if the export starts carrying it or stops carrying another one.
   */
  static Directory whatHsdsCarries(Directory d) {
    return Directory.builder()
        .organisations(d.getOrganisations().stream().map(o -> ImmutableOrganisation.copyOf(o)
            .withNames(frenchAndDutch(o.getNames()))               // English and German names
            .withShortName(java.util.Optional.empty())             // short name
            .withReach(List.of())                                  // reach (territories served)
            .withSiteIds(List.of())                                // the list of site ids (a location's
                                                                   // organization_id carries the link)
            .withEmails(o.getEmails().stream().limit(1).collect(Collectors.toList())) // e-mails after the first
            .withExtensions(brussels.socialhealth.core.Extensions.empty())) // extensions
            .collect(Collectors.toList()))
        .sites(d.getSites().stream().map(s -> ImmutableSite.copyOf(s)
            .withNames(s.getNames().map(HsdsRoundTripTest::frenchAndDutch))
            .withAddress(s.getAddress().map(a -> PostalAddress.builder().from(a)        // street and municipality
                .street(LocalizedText.of(Language.FR, a.getStreet().get(Language.FR)))  // in Dutch
                .municipality(LocalizedText.of(Language.FR, a.getMunicipality().get(Language.FR))).build()))
            .withOpeningHours(s.getOpeningHours().map(HsdsRoundTripTest::weeklyOnly)) // exceptions, holidays, raw text
            .withExternalRefs(List.of())                           // a site's external references
            .withExtensions(brussels.socialhealth.core.Extensions.empty()))
            .collect(Collectors.toList()))
        .services(d.getServices().stream().map(s -> ImmutableService.copyOf(s)
            .withNames(frenchAndDutch(s.getNames()))
            .withDescriptions(s.getDescriptions().map(t -> LocalizedText.of(Language.FR, t.get(Language.FR))))
            .withCost(java.util.Optional.empty())                  // cost
            .withReferralRequired(false)                           // referral required
            .withCareLine(java.util.Optional.empty())              // care line
            .withLevel(brussels.socialhealth.territory.TerritorialLevel.COMMUNE) // territorial level
            .withLabelNetwork(java.util.Optional.empty())          // "Pousse ma porte" network
            .withEmails(s.getEmails().stream().limit(1).collect(Collectors.toList()))
            .withExternalRefs(List.of())                           // a service's external references
            .withLocations(s.getLocations().stream().map(l -> ServiceAtSite.builder().from(l)
                .notes(l.getNotes().map(n -> LocalizedText.of(Language.FR, n.get(Language.FR)))).build())
                .collect(Collectors.toList()))
            .withExtensions(brussels.socialhealth.core.Extensions.empty()))
            .collect(Collectors.toList()))
        // professionals, teams, bodies, memberships and links: no HSDS table
        .build();
  }

  static LocalizedText frenchAndDutch(LocalizedText text) {
    LocalizedText french = LocalizedText.of(Language.FR, text.get(Language.FR));
    return text.find(Language.NL).map(nl -> french.with(Language.NL, nl)).orElse(french);
  }

  static OpeningHours weeklyOnly(OpeningHours hours) {
    OpeningHours.Builder builder = OpeningHours.builder();
    hours.getDays().forEach(builder::putDay);
    return builder.build();
  }

  @Test
  void roundTripsTheSampleDirectoryThroughHsdsLosingExactlyWhatHsdsCannotCarry() throws IOException {
    Directory sample = sample();

    String json = ExchangeJson.toPrettyJson(Hsds.toHsds(sample));
    Directory back = Hsds.fromHsds(ExchangeJson.readMap(json));

    Directory expected = whatHsdsCarries(sample);
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
  }

  static Directory sampleUnchecked() {
    try {
      return sample();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
