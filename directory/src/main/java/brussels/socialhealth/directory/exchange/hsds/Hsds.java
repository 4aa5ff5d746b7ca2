package brussels.socialhealth.directory.exchange.hsds;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.GeoPoint;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.TimeRange;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.directory.AccessMode;
import brussels.socialhealth.directory.AccessibilityFeature;
import brussels.socialhealth.directory.Code;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.ImmutableOrganisation;
import brussels.socialhealth.directory.ImmutableService;
import brussels.socialhealth.directory.ImmutableSite;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceAtSite;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Converts a {@link Directory} to and from Open Referral HSDS 3.0, as a bundle of HSDS objects: one array
 * per HSDS table ({@code organizations}, {@code services}, {@code locations}, {@code service_at_locations}),
 * with phones, schedules, service areas, languages, addresses, accessibility, identifiers and attributes
 * nested in their owner as HSDS 3.0's compiled form does. The bundle is plain maps and lists (write it with
 * {@link brussels.socialhealth.directory.exchange.json.ExchangeJson#toPrettyJson}).
 *
 * <p>HSDS text is single-language: the French text goes to {@code name}/{@code description} and the Dutch
 * text to {@code alternate_name}. Our code lists travel as {@code attributes} whose {@code taxonomy_term}
 * has the vocabulary {@code socialhealth:<list>} and our code; the commune, bassin and neighbourhood of a
 * site as attributes of vocabulary {@code socialhealth:territory}. What HSDS cannot carry is listed in
 * {@code docs/integration.md}; {@link #carriedPart} is the directory with exactly those fields dropped,
 * which is what a round trip through HSDS gives back. Stateless and thread-safe.
 */
public final class Hsds {
  /** The HSDS version written. */
  public static final String VERSION = "3.0";
  private static final String VOCABULARY = "socialhealth:";
  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  private Hsds() {}

  // ------------------------------------------------------------------ export

  /**
   * Exports a directory as an HSDS 3.0 bundle.
   *
   * @param directory the directory; not null
   * @return an ordered map: {@code hsds_version}, {@code organizations}, {@code services}, {@code locations},
   *     {@code service_at_locations}
   */
  public static Map<String, Object> toHsds(Directory directory) {
    Map<String, Object> bundle = new LinkedHashMap<>();
    bundle.put("hsds_version", VERSION);
    List<Object> organizations = new ArrayList<>();
    for (Organisation o : directory.getOrganisations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", o.getId());
      m.put("name", o.getNames().get(Language.FR));
      o.getNames().find(Language.NL).ifPresent(nl -> m.put("alternate_name", nl));
      m.put("description", o.getNames().get(Language.FR));
      o.getEmails().stream().findFirst().ifPresent(e -> m.put("email", e.toString()));
      o.getWebsite().ifPresent(w -> m.put("website", w.toString()));
      o.getEnterpriseNumber().ifPresent(n -> m.put("tax_id", n.toString()));
      m.put("phones", phones(o.getId(), o.getPhones()));
      List<Object> identifiers = new ArrayList<>();
      for (ExternalRef ref : o.getExternalRefs()) {
        identifiers.add(ordered("id", o.getId() + "#" + ref, "organization_id", o.getId(),
            "identifier_scheme", ref.getSystem(), "identifier", ref.getId(), "identifier_type", "external"));
      }
      m.put("organization_identifiers", identifiers);
      List<Object> attributes = new ArrayList<>();
      attributes.add(attribute(o.getId(), "organization", "organisation-kind", o.getKind()));
      o.getSectors().forEach(s -> attributes.add(attribute(o.getId(), "organization", "sector", s)));
      m.put("attributes", attributes);
      organizations.add(m);
    }
    bundle.put("organizations", organizations);

    List<Object> services = new ArrayList<>();
    List<Object> serviceAtLocations = new ArrayList<>();
    for (Service s : directory.getServices()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.getId());
      m.put("organization_id", s.getOrganisationId());
      m.put("name", s.getNames().get(Language.FR));
      s.getNames().find(Language.NL).ifPresent(nl -> m.put("alternate_name", nl));
      m.put("description", s.getDescriptions().map(d -> d.get(Language.FR)).orElse(""));
      s.getWebsite().ifPresent(w -> m.put("url", w.toString()));
      s.getEmails().stream().findFirst().ifPresent(e -> m.put("email", e.toString()));
      m.put("status", "active");
      List<Object> languages = new ArrayList<>();
      for (SpokenLanguage language : s.getLanguages()) {
        languages.add(ordered("id", s.getId() + "#lang:" + language.getCode(), "service_id", s.getId(),
            "name", language.getLabel(Language.EN), "code", language.getCode()));
      }
      m.put("languages", languages);
      m.put("phones", phones(s.getId(), s.getPhones()));
      List<Object> areas = new ArrayList<>();
      for (TerritoryRef ref : s.getCoverage()) {
        areas.add(ordered("id", s.getId() + "#area:" + ref, "service_id", s.getId(), "name", ref.toString(),
            "extent_type", "other"));
      }
      m.put("service_areas", areas);
      List<Object> attributes = new ArrayList<>();
      s.getThemes().forEach(t -> attributes.add(attribute(s.getId(), "service", "theme", t)));
      s.getPublics().forEach(t -> attributes.add(attribute(s.getId(), "service", "target-public", t)));
      s.getAccessModes().forEach(t -> attributes.add(attribute(s.getId(), "service", "access-mode", t)));
      m.put("attributes", attributes);
      services.add(m);
      for (ServiceAtSite at : s.getLocations()) {
        Map<String, Object> link = ordered("id", s.getId() + "@" + at.getSiteId(), "service_id", s.getId(),
            "location_id", at.getSiteId());
        at.getNotes().ifPresent(n -> link.put("description", n.get(Language.FR)));
        at.getOpeningHours().ifPresent(hours -> link.put("schedules",
            schedules(link.get("id").toString(), "service_at_location_id", hours)));
        serviceAtLocations.add(link);
      }
    }
    bundle.put("services", services);

    List<Object> locations = new ArrayList<>();
    for (Site site : directory.getSites()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", site.getId());
      m.put("location_type", "physical");
      m.put("organization_id", site.getOrganisationId());
      site.getNames().ifPresent(n -> {
        m.put("name", n.get(Language.FR));
        n.find(Language.NL).ifPresent(nl -> m.put("alternate_name", nl));
      });
      site.getLocation().ifPresent(p -> {
        m.put("latitude", p.getLatitude());
        m.put("longitude", p.getLongitude());
      });
      List<Object> addresses = new ArrayList<>();
      site.getAddress().ifPresent(a -> {
        Map<String, Object> address = ordered("id", site.getId() + "#address", "location_id", site.getId(),
            "address_1", a.getStreet().get(Language.FR) + " " + a.getHouseNumber());
        a.getBox().ifPresent(box -> address.put("address_2", box));
        address.put("city", a.getMunicipality().get(Language.FR));
        address.put("state_province", "Brussels-Capital Region");
        address.put("postal_code", a.getPostalCode());
        address.put("country", a.getCountry());
        address.put("address_type", "physical");
        addresses.add(address);
      });
      m.put("addresses", addresses);
      m.put("phones", phones(site.getId(), site.getPhones()));
      m.put("schedules", site.getOpeningHours().map(hours -> schedules(site.getId(), "location_id", hours))
          .orElse(List.of()));
      List<Object> accessibility = new ArrayList<>();
      site.getAccessibility().forEach(a -> accessibility.add(ordered("id", site.getId() + "#access:" + a.getCode(),
          "location_id", site.getId(), "description", a.getLabel(Language.EN), "details", a.getCode())));
      m.put("accessibility", accessibility);
      List<Object> attributes = new ArrayList<>();
      attributes.add(territory(site.getId(), "commune", site.getCommune()));
      site.getBassin().ifPresent(b -> attributes.add(territory(site.getId(), "bassin", b)));
      site.getNeighbourhood().ifPresent(b -> attributes.add(territory(site.getId(), "neighbourhood", b)));
      site.getSector().ifPresent(b -> attributes.add(territory(site.getId(), "sector", b)));
      m.put("attributes", attributes);
      locations.add(m);
    }
    bundle.put("locations", locations);
    bundle.put("service_at_locations", serviceAtLocations);
    return bundle;
  }

  private static List<Object> schedules(String owner, String ownerKey, OpeningHours hours) {
    List<Object> schedules = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      int k = 0;
      for (TimeRange range : hours.getRanges(DayOfWeek.of(d + 1))) {
        schedules.add(ordered("id", owner + "#" + DAYS[d] + k++, ownerKey, owner, "freq", "WEEKLY", "byday", DAYS[d],
            "opens_at", range.getStart().toString(), "closes_at", range.getEnd().toString()));
      }
    }
    return schedules;
  }

  private static List<Object> phones(String owner, List<PhoneNumber> phones) {
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      list.add(ordered("id", owner + "#phone" + i, "number", phones.get(i).toString(), "type",
          phones.get(i).isMobile() ? "cell" : "voice"));
    }
    return list;
  }

  private static Map<String, Object> attribute(String owner, String entity, String list, Code code) {
    return ordered("id", owner + "#" + list + ":" + code.getCode(), "link_id", owner, "link_type", list,
        "link_entity", entity, "value", code.getCode(), "taxonomy_term", ordered("id", list + ":" + code.getCode(),
            "code", code.getCode(), "name", code.getLabel(Language.EN), "vocabulary", VOCABULARY + list));
  }

  private static Map<String, Object> territory(String owner, String role, TerritoryRef ref) {
    return ordered("id", owner + "#" + role, "link_id", owner, "link_type", role, "link_entity", "location",
        "value", ref.toString(), "taxonomy_term", ordered("id", ref.toString(), "code", ref.toString(),
            "name", ref.toString(), "vocabulary", VOCABULARY + "territory"));
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  // ------------------------------------------------------------------ import

  /**
   * Imports an HSDS 3.0 bundle (as written by {@link #toHsds}, or by another system using the same tables)
   * into a directory. Organisations without our {@code organisation-kind} attribute become {@code asbl};
   * locations without a {@code socialhealth:territory} commune attribute are left out (a site needs its
   * commune: import such data with a mapping and the territory instead).
   *
   * @param bundle the bundle as plain maps and lists (read with
   *     {@link brussels.socialhealth.directory.exchange.json.ExchangeJson#readMap}); not null
   * @return the directory
   * @throws brussels.socialhealth.core.InvalidValueException if a value is refused by the model's parsers
   */
  public static Directory fromHsds(Map<String, Object> bundle) {
    brussels.socialhealth.directory.ImmutableDirectory.Builder directory = Directory.builder();
    List<Site> sites = new ArrayList<>();
    for (Map<String, Object> m : maps(bundle.get("locations"))) {
      Optional<TerritoryRef> commune = territoryAttribute(m, "commune");
      if (commune.isEmpty()) {
        continue;
      }
      ImmutableSite.Builder site = Site.builder().id(text(m, "id")).organisationId(text(m, "organization_id"))
          .commune(commune.get());
      optionalText(m, "name").ifPresent(fr -> site.names(bilingual(fr, optionalText(m, "alternate_name"))));
      territoryAttribute(m, "bassin").ifPresent(site::bassin);
      territoryAttribute(m, "neighbourhood").ifPresent(site::neighbourhood);
      territoryAttribute(m, "sector").ifPresent(site::sector);
      if (m.get("latitude") instanceof Number && m.get("longitude") instanceof Number) {
        site.location(GeoPoint.of(((Number) m.get("latitude")).doubleValue(),
            ((Number) m.get("longitude")).doubleValue()));
      }
      for (Map<String, Object> a : maps(m.get("addresses"))) {
        String line = text(a, "address_1");
        int space = line.lastIndexOf(' ');
        String street = space > 0 ? line.substring(0, space) : line;
        String number = space > 0 ? line.substring(space + 1) : "";
        if (!number.isEmpty()) {
          site.address(PostalAddress.builder().street(LocalizedText.of(Language.FR, street)).houseNumber(number)
              .box(optionalText(a, "address_2")).postalCode(text(a, "postal_code"))
              .municipality(LocalizedText.of(Language.FR, text(a, "city"))).build());
        }
        break;
      }
      site.phones(phonesFrom(m));
      site.openingHours(openingHours(m));
      for (Map<String, Object> a : maps(m.get("accessibility"))) {
        optionalText(a, "details").ifPresent(code -> site.addAccessibility(AccessibilityFeature.parse(code)));
      }
      Site built = site.build();
      sites.add(built);
    }
    for (Map<String, Object> m : maps(bundle.get("organizations"))) {
      String id = text(m, "id");
      ImmutableOrganisation.Builder o = Organisation.builder().id(id)
          .names(bilingual(text(m, "name"), optionalText(m, "alternate_name")))
          .kind(codes(m, "organisation-kind", OrganisationKind::parse).stream().findFirst()
              .orElse(OrganisationKind.ASBL))
          .sectors(codes(m, "sector", Sector::parse))
          .enterpriseNumber(optionalText(m, "tax_id").map(EnterpriseNumber::parse))
          .phones(phonesFrom(m))
          .emails(optionalText(m, "email").map(EmailAddress::parse).map(List::of).orElse(List.of()))
          .website(optionalText(m, "website").map(WebAddress::parse));
      for (Map<String, Object> identifier : maps(m.get("organization_identifiers"))) {
        o.addExternalRef(ExternalRef.of(text(identifier, "identifier_scheme"), text(identifier, "identifier")));
      }
      directory.addOrganisation(o.build());
    }
    directory.addAllSites(sites);
    Map<String, List<ServiceAtSite>> locations = new LinkedHashMap<>();
    for (Map<String, Object> link : maps(bundle.get("service_at_locations"))) {
      ServiceAtSite at = ServiceAtSite.builder().siteId(text(link, "location_id"))
          .notes(optionalText(link, "description").map(d -> LocalizedText.of(Language.FR, d)))
          .openingHours(openingHours(link)).build();
      locations.computeIfAbsent(text(link, "service_id"), k -> new ArrayList<>()).add(at);
    }
    for (Map<String, Object> m : maps(bundle.get("services"))) {
      String id = text(m, "id");
      ImmutableService.Builder s = Service.builder().id(id).organisationId(text(m, "organization_id"))
          .names(bilingual(text(m, "name"), optionalText(m, "alternate_name")))
          .descriptions(optionalText(m, "description").filter(d -> !d.isBlank())
              .map(d -> LocalizedText.of(Language.FR, d)))
          .themes(codes(m, "theme", Theme::parse))
          .publics(codes(m, "target-public", TargetPublic::parse))
          .accessModes(codes(m, "access-mode", AccessMode::parse))
          .website(optionalText(m, "url").map(WebAddress::parse))
          .emails(optionalText(m, "email").map(EmailAddress::parse).map(List::of).orElse(List.of()))
          .phones(phonesFrom(m))
          .locations(locations.getOrDefault(id, List.of()));
      for (Map<String, Object> language : maps(m.get("languages"))) {
        optionalText(language, "code").ifPresent(code -> s.addLanguage(SpokenLanguage.parse(code)));
      }
      for (Map<String, Object> area : maps(m.get("service_areas"))) {
        optionalText(area, "name").filter(n -> n.contains(":")).ifPresent(n -> s.addCoverage(TerritoryRef.parse(n)));
      }
      directory.addService(s.build());
    }
    return directory.build();
  }

  // ------------------------------------------------------------------ what HSDS carries

  /**
   * Returns the part of a directory that HSDS 3.0 can carry: exactly what {@code fromHsds(toHsds(directory))}
   * gives back. Compare an HSDS bundle read back from a partner with this, not with the directory itself,
   * to see what the partner changed rather than what HSDS could not carry. Each line below drops one field
   * listed in {@code docs/integration.md} (§ What HSDS cannot carry).
   *
   * @param directory the directory; not null
   * @return the directory without the fields HSDS cannot carry; professionals, teams, bodies, memberships and
   *     links are left out (HSDS has no table for them)
   */
  public static Directory carriedPart(Directory directory) {
    List<Organisation> organisations = new ArrayList<>();
    for (Organisation o : directory.getOrganisations()) {
      organisations.add(ImmutableOrganisation.copyOf(o)
          .withNames(frenchAndDutch(o.getNames()))                 // English and German names
          .withShortName(Optional.empty())                         // short name
          .withReach(List.of())                                    // reach (territories served)
          .withSiteIds(List.of())                                  // site ids (carried by location.organization_id)
          .withEmails(o.getEmails().stream().limit(1).toList())    // e-mails after the first
          .withExtensions(Extensions.empty()));                    // extensions
    }
    List<Site> sites = new ArrayList<>();
    for (Site s : directory.getSites()) {
      sites.add(ImmutableSite.copyOf(s)
          .withNames(s.getNames().map(Hsds::frenchAndDutch))       // English and German names
          .withAddress(s.getAddress().map(a -> PostalAddress.builder().from(a) // Dutch street and municipality
              .street(frenchOnly(a.getStreet())).municipality(frenchOnly(a.getMunicipality())).build()))
          .withOpeningHours(s.getOpeningHours().map(Hsds::weeklyOnly)) // exceptions, holidays, raw text
          .withExternalRefs(List.of())                             // external references
          .withExtensions(Extensions.empty()));                    // extensions
    }
    List<Service> services = new ArrayList<>();
    for (Service s : directory.getServices()) {
      services.add(ImmutableService.copyOf(s)
          .withNames(frenchAndDutch(s.getNames()))                 // English and German names
          .withDescriptions(s.getDescriptions().map(Hsds::frenchOnly)) // Dutch, English, German descriptions
          .withCost(Optional.empty())                              // cost
          .withReferralRequired(false)                             // referral requirement
          .withCareLine(Optional.empty())                          // care line
          .withLevel(TerritorialLevel.COMMUNE)                     // territorial level
          .withLabelNetwork(Optional.empty())                      // "Pousse ma porte" network flag
          .withEmails(s.getEmails().stream().limit(1).toList())    // e-mails after the first
          .withExternalRefs(List.of())                             // external references
          .withLocations(s.getLocations().stream().map(l -> ServiceAtSite.builder().from(l) // Dutch site notes,
              .notes(l.getNotes().map(Hsds::frenchOnly))          // and the exceptions, holidays and raw text
              .openingHours(l.getOpeningHours().map(Hsds::weeklyOnly)).build()).toList()) // of their hours
          .withExtensions(Extensions.empty()));                    // extensions
    }
    return Directory.builder().organisations(organisations).sites(sites).services(services).build();
  }

  private static LocalizedText frenchAndDutch(LocalizedText text) {
    return bilingual(text.get(Language.FR), text.find(Language.NL));
  }

  private static LocalizedText frenchOnly(LocalizedText text) {
    return LocalizedText.of(Language.FR, text.get(Language.FR));
  }

  private static OpeningHours weeklyOnly(OpeningHours hours) {
    OpeningHours.Builder builder = OpeningHours.builder();
    hours.getDays().forEach(builder::putDay);
    return builder.build();
  }

  private static LocalizedText bilingual(String french, Optional<String> dutch) {
    LocalizedText text = LocalizedText.of(Language.FR, french);
    return dutch.filter(d -> !d.isBlank()).map(d -> text.with(Language.NL, d)).orElse(text);
  }

  private static Optional<OpeningHours> openingHours(Map<String, Object> m) {
    List<Map<String, Object>> schedules = maps(m.get("schedules"));
    if (schedules.isEmpty()) {
      return Optional.empty();
    }
    Map<DayOfWeek, List<TimeRange>> days = new LinkedHashMap<>();
    for (Map<String, Object> s : schedules) {
      int d = List.of(DAYS).indexOf(text(s, "byday"));
      if (d >= 0) {
        days.computeIfAbsent(DayOfWeek.of(d + 1), k -> new ArrayList<>()).add(TimeRange.of(
            LocalTime.parse(text(s, "opens_at")), LocalTime.parse(text(s, "closes_at"))));
      }
    }
    OpeningHours.Builder hours = OpeningHours.builder();
    days.forEach(hours::putDay);
    return Optional.of(hours.build());
  }

  private static List<PhoneNumber> phonesFrom(Map<String, Object> m) {
    List<PhoneNumber> phones = new ArrayList<>();
    for (Map<String, Object> phone : maps(m.get("phones"))) {
      optionalText(phone, "number").ifPresent(n -> phones.add(PhoneNumber.parse(n)));
    }
    return phones;
  }

  private static <C extends Code> List<C> codes(Map<String, Object> m, String list, Function<String, C> parser) {
    List<C> codes = new ArrayList<>();
    for (Map<String, Object> attribute : maps(m.get("attributes"))) {
      Object term = attribute.get("taxonomy_term");
      if (term instanceof Map && (VOCABULARY + list).equals(((Map<?, ?>) term).get("vocabulary"))) {
        codes.add(parser.apply(String.valueOf(((Map<?, ?>) term).get("code"))));
      }
    }
    return codes;
  }

  private static Optional<TerritoryRef> territoryAttribute(Map<String, Object> m, String role) {
    for (Map<String, Object> attribute : maps(m.get("attributes"))) {
      Object term = attribute.get("taxonomy_term");
      if (role.equals(attribute.get("link_type")) && term instanceof Map
          && (VOCABULARY + "territory").equals(((Map<?, ?>) term).get("vocabulary"))) {
        return Optional.of(TerritoryRef.parse(String.valueOf(((Map<?, ?>) term).get("code"))));
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> list = new ArrayList<>();
    if (value instanceof Collection) {
      for (Object item : (Collection<?>) value) {
        if (item instanceof Map) {
          list.add((Map<String, Object>) item);
        }
      }
    }
    return list;
  }

  private static String text(Map<String, Object> m, String key) {
    return optionalText(m, key).orElseThrow(() -> new IllegalArgumentException("HSDS object without " + key
        + ": " + m.get("id")));
  }

  private static Optional<String> optionalText(Map<String, Object> m, String key) {
    Object value = m.get(key);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value)).filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT).equals("null") ? null : s);
  }
}
