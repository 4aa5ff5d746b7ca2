package brussels.socialhealth.directory;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.validation.Rule;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.internal.TextKeys;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.stream.Collectors;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The business rules of a {@link Directory} that need more than one object to be checked. Each rule
 * reports into a {@link brussels.socialhealth.core.validation.ValidationReport} and never throws on bad
 * data; paths point into the directory document ({@code services[3].coverage}).
 *
 * <p>Rules over the directory alone accept any context and ignore it ({@link #standalone()}); rules that
 * need the territory registry take it as context ({@link #withTerritory()}); {@link #all()} gives both,
 * ready for {@link brussels.socialhealth.core.validation.ModelValidator#validate(Object, Object, Iterable)}
 * with {@link Territory#embedded()}.
 */
public final class DirectoryRules {
  private DirectoryRules() {}

  /**
   * Every reference points to an entity of the right type: a site's and a service's organisation,
   * a service's sites, an organisation's sites, a professional's, a team's and a body's organisation, a
   * membership's member (professional or organisation) and group (team or body), a link's ends. Errors
   * with {@link DirectoryCodes#REFERENCE_UNKNOWN}.
   */
  public static final Rule<Directory, Object> REFERENCES = (directory, context, report) -> {
    List<Organisation> organisations = directory.getOrganisations();
    for (int i = 0; i < organisations.size(); i++) {
      List<String> siteIds = organisations.get(i).getSiteIds();
      for (int j = 0; j < siteIds.size(); j++) {
        expect(directory, report, "organisations[" + i + "].siteIds[" + j + "]", siteIds.get(j), "site", Site.class);
      }
    }
    List<Site> sites = directory.getSites();
    for (int i = 0; i < sites.size(); i++) {
      expect(directory, report, "sites[" + i + "].organisationId", sites.get(i).getOrganisationId(),
          "organisation", Organisation.class);
    }
    List<Service> services = directory.getServices();
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      expect(directory, report, "services[" + i + "].organisationId", service.getOrganisationId(),
          "organisation", Organisation.class);
      for (int j = 0; j < service.getLocations().size(); j++) {
        expect(directory, report, "services[" + i + "].locations[" + j + "].siteId",
            service.getLocations().get(j).getSiteId(), "site", Site.class);
      }
    }
    List<Professional> professionals = directory.getProfessionals();
    for (int i = 0; i < professionals.size(); i++) {
      String path = "professionals[" + i + "].organisationId";
      professionals.get(i).getOrganisationId()
          .ifPresent(id -> expect(directory, report, path, id, "organisation", Organisation.class));
    }
    List<Team> teams = directory.getTeams();
    for (int i = 0; i < teams.size(); i++) {
      String path = "teams[" + i + "].organisationId";
      teams.get(i).getOrganisationId()
          .ifPresent(id -> expect(directory, report, path, id, "organisation", Organisation.class));
    }
    List<Body> bodies = directory.getBodies();
    for (int i = 0; i < bodies.size(); i++) {
      String path = "bodies[" + i + "].organisationId";
      bodies.get(i).getOrganisationId()
          .ifPresent(id -> expect(directory, report, path, id, "organisation", Organisation.class));
    }
    List<Membership> memberships = directory.getMemberships();
    for (int i = 0; i < memberships.size(); i++) {
      Membership membership = memberships.get(i);
      expect(directory, report, "memberships[" + i + "].memberId", membership.getMemberId(),
          "professional|organisation", Professional.class, Organisation.class);
      expect(directory, report, "memberships[" + i + "].groupId", membership.getGroupId(), "team|body",
          Team.class, Body.class);
    }
    List<Link> links = directory.getLinks();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      expect(directory, report, "links[" + i + "].fromId", link.getFromId(), "actor",
          Organisation.class, Professional.class, Team.class, Body.class);
      expect(directory, report, "links[" + i + "].toId", link.getToId(), "actor",
          Organisation.class, Professional.class, Team.class, Body.class);
    }
  };

  /**
   * Every official name (organisations, services, teams, bodies) exists in Dutch; warnings with
   * {@link DirectoryCodes#NAME_DUTCH_MISSING}, the French name as value.
   */
  public static final Rule<Directory, Object> DUTCH_NAMES = (directory, context, report) -> {
    dutch(report, "organisations", directory.getOrganisations(), Organisation::getNames);
    dutch(report, "services", directory.getServices(), Service::getNames);
    dutch(report, "teams", directory.getTeams(), Team::getNames);
    dutch(report, "bodies", directory.getBodies(), Body::getNames);
  };

  /**
   * A neighbourhood-level service covers at least one neighbourhood grouping, declared or derived from
   * its sites; errors with {@link DirectoryCodes#SERVICE_NO_GROUPING}.
   */
  public static final Rule<Directory, Object> NEIGHBOURHOOD_COVERAGE = (directory, context, report) -> {
    List<Service> services = directory.getServices();
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      if (service.getLevel() == TerritorialLevel.NEIGHBOURHOOD
          && directory.coverageOf(service).stream().noneMatch(r -> r.getLevel() == TerritorialLevel.NEIGHBOURHOOD)) {
        report.addViolation(Violation.error(DirectoryCodes.SERVICE_NO_GROUPING, "services[" + i + "].coverage",
            service.getId()));
      }
    }
  };

  /**
   * Codes that no code list defines (a typo, or a list the user forgot to extend); warnings with
   * {@link DirectoryCodes#CODE_UNDEFINED}.
   */
  public static final Rule<Directory, Object> UNDEFINED_CODES = (directory, context, report) -> {
    List<Organisation> organisations = directory.getOrganisations();
    for (int i = 0; i < organisations.size(); i++) {
      undefined(report, "organisations[" + i + "].kind", List.of(organisations.get(i).getKind()));
      undefined(report, "organisations[" + i + "].sectors", organisations.get(i).getSectors());
    }
    List<Service> services = directory.getServices();
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      undefined(report, "services[" + i + "].themes", service.getThemes());
      undefined(report, "services[" + i + "].publics", service.getPublics());
      undefined(report, "services[" + i + "].accessModes", service.getAccessModes());
      undefined(report, "services[" + i + "].languages", service.getLanguages());
    }
    List<Membership> memberships = directory.getMemberships();
    for (int i = 0; i < memberships.size(); i++) {
      undefined(report, "memberships[" + i + "].role", List.of(memberships.get(i).getRole()));
    }
  };

  /**
   * Two organisations with the same enterprise number; warnings with
   * {@link DirectoryCodes#DUPLICATE_ENTERPRISE_NUMBER} on the second and later ones.
   */
  public static final Rule<Directory, Object> DUPLICATE_ENTERPRISE_NUMBERS = (directory, context, report) -> {
    java.util.Map<brussels.socialhealth.core.EnterpriseNumber, Organisation> seen = new java.util.HashMap<>();
    List<Organisation> organisations = directory.getOrganisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      if (organisation.getEnterpriseNumber().isEmpty()) {
        continue;
      }
      Organisation first = seen.putIfAbsent(organisation.getEnterpriseNumber().get(), organisation);
      if (first != null) {
        report.addViolation(Violation.warning(DirectoryCodes.DUPLICATE_ENTERPRISE_NUMBER,
            "organisations[" + i + "].enterpriseNumber", organisation.getEnterpriseNumber().get(), first.getId()));
      }
    }
  };

  /**
   * Two organisations with the same normalised name (accents, case and punctuation ignored) at the same
   * normalised address (one of their sites' street, number and postal code); organisations without any
   * site address are compared by name alone. Warnings with {@link DirectoryCodes#DUPLICATE_NAME_ADDRESS}
   * on the second and later ones.
   */
  public static final Rule<Directory, Object> DUPLICATE_NAMES = (directory, context, report) -> {
    java.util.Map<String, Organisation> seen = new java.util.HashMap<>();
    List<Organisation> organisations = directory.getOrganisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      String name = TextKeys.key(organisation.getNames().get(Language.FR));
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      for (Site site : directory.sitesOf(organisation.getId())) {
        site.getAddress().ifPresent(address -> keys.add(name + "|" + addressKey(address)));
      }
      if (keys.isEmpty()) {
        keys.add(name + "|");
      }
      for (String key : keys) {
        Organisation first = seen.putIfAbsent(key, organisation);
        if (first != null && first != organisation) {
          report.addViolation(Violation.warning(DirectoryCodes.DUPLICATE_NAME_ADDRESS, "organisations[" + i + "]",
              organisation.getId(), first.getId()));
          break;
        }
      }
    }
  };

  /**
   * Returns the comparison key of an address: street (French, or any language) without accents, case or
   * punctuation, house number, box and postal code.
   *
   * @param address the address
   * @return the key
   */
  static String addressKey(PostalAddress address) {
    return TextKeys.key(address.getStreet().get(Language.FR)) + " " + TextKeys.key(address.getHouseNumber())
        + " " + address.getBox().map(TextKeys::key).orElse("") + " " + address.getPostalCode();
  }

  /**
   * The rules that need no context, in a fixed order.
   *
   * @return the rules
   */
  public static List<Rule<Directory, Object>> standalone() {
    return List.of(REFERENCES, DUTCH_NAMES, NEIGHBOURHOOD_COVERAGE, UNDEFINED_CODES, DUPLICATE_ENTERPRISE_NUMBERS,
        DUPLICATE_NAMES);
  }

  /**
   * Every territory reference (sites' communes, sectors, groupings and bassins, organisations' reach,
   * services' coverage, teams' and bodies' territory) names a unit the registry knows; errors with
   * {@link DirectoryCodes#TERRITORY_UNKNOWN}.
   */
  public static final Rule<Directory, Territory> TERRITORY_REFERENCES = (directory, territory, report) -> {
    List<Organisation> organisations = directory.getOrganisations();
    for (int i = 0; i < organisations.size(); i++) {
      known(territory, report, "organisations[" + i + "].reach", organisations.get(i).getReach());
    }
    List<Site> sites = directory.getSites();
    for (int i = 0; i < sites.size(); i++) {
      Site site = sites.get(i);
      known(territory, report, "sites[" + i + "].commune", List.of(site.getCommune()));
      known(territory, report, "sites[" + i + "].sector", site.getSector().stream().collect(Collectors.toList()));
      known(territory, report, "sites[" + i + "].neighbourhood",
          site.getNeighbourhood().stream().collect(Collectors.toList()));
      known(territory, report, "sites[" + i + "].bassin", site.getBassin().stream().collect(Collectors.toList()));
    }
    List<Service> services = directory.getServices();
    for (int i = 0; i < services.size(); i++) {
      known(territory, report, "services[" + i + "].coverage", services.get(i).getCoverage());
    }
    List<Team> teams = directory.getTeams();
    for (int i = 0; i < teams.size(); i++) {
      known(territory, report, "teams[" + i + "].territory", List.of(teams.get(i).getTerritory()));
    }
    List<Body> bodies = directory.getBodies();
    for (int i = 0; i < bodies.size(); i++) {
      known(territory, report, "bodies[" + i + "].territory",
          bodies.get(i).getTerritory().stream().collect(Collectors.toList()));
    }
  };

  /**
   * A site's postal code belongs to its commune (1040 belongs to Etterbeek and to Bruxelles); errors with
   * {@link DirectoryCodes#SITE_POSTAL_CODE_MISMATCH}, the postal code as value.
   */
  public static final Rule<Directory, Territory> SITE_POSTAL_CODES = (directory, territory, report) -> {
    List<Site> sites = directory.getSites();
    for (int i = 0; i < sites.size(); i++) {
      Site site = sites.get(i);
      if (site.getAddress().isEmpty() || !site.getAddress().get().isBelgian()) {
        continue;
      }
      String postalCode = site.getAddress().get().getPostalCode();
      boolean matches = territory.communesByPostalCode(postalCode).stream()
          .anyMatch(commune -> commune.toRef().equals(site.getCommune()));
      if (!matches) {
        report.addViolation(Violation.error(DirectoryCodes.SITE_POSTAL_CODE_MISMATCH, "sites[" + i + "].address.postalCode",
            postalCode, territory.nameOf(site.getCommune(), Language.FR) + " / "
                + territory.nameOf(site.getCommune(), Language.NL)));
      }
    }
  };

  /**
   * A service covers only territory within its organisation's reach (when the organisation states one):
   * each unit of its {@linkplain Directory#coverageOf(Service) coverage} is in the reach or inside a unit
   * of it. Warnings with {@link DirectoryCodes#SERVICE_OUTSIDE_REACH}.
   */
  public static final Rule<Directory, Territory> SERVICE_REACH = (directory, territory, report) -> {
    List<Service> services = directory.getServices();
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      Optional<Organisation> organisation = directory.findOrganisation(service.getOrganisationId());
      if (organisation.isEmpty() || organisation.get().getReach().isEmpty()) {
        continue;
      }
      java.util.Set<TerritoryRef> reach = organisation.get().getReach();
      for (TerritoryRef unit : directory.coverageOf(service)) {
        boolean within = Orientation.ladder(territory, unit).stream().anyMatch(reach::contains);
        if (!within) {
          report.addViolation(Violation.warning(DirectoryCodes.SERVICE_OUTSIDE_REACH, "services[" + i + "].coverage",
              service.getId(), unit));
        }
      }
    }
  };

  /**
   * The rules that need the territory registry, in a fixed order.
   *
   * @return the rules
   */
  public static List<Rule<Directory, Territory>> withTerritory() {
    return List.of(TERRITORY_REFERENCES, SITE_POSTAL_CODES, SERVICE_REACH);
  }

  /**
   * Every rule of this class: {@link #standalone()} then {@link #withTerritory()}, to run with the
   * territory registry as context.
   *
   * @return the rules
   */
  public static List<Rule<? super Directory, ? super Territory>> all() {
    List<Rule<? super Directory, ? super Territory>> all = new java.util.ArrayList<>(standalone());
    all.addAll(withTerritory());
    return List.copyOf(all);
  }

  private static void known(Territory territory, brussels.socialhealth.core.validation.ValidationReport.Builder report,
      String path, java.util.Collection<TerritoryRef> refs) {
    for (TerritoryRef ref : refs) {
      if (territory.resolve(ref).isEmpty()) {
        report.addViolation(Violation.error(DirectoryCodes.TERRITORY_UNKNOWN, path, ref));
      }
    }
  }

  private static void expect(Directory directory, brussels.socialhealth.core.validation.ValidationReport.Builder report,
      String path, String id, String expected, Class<?>... types) {
    Optional<Entity> entity = directory.find(id);
    boolean ok = entity.isPresent();
    if (ok) {
      ok = false;
      for (Class<?> type : types) {
        ok |= type.isInstance(entity.get());
      }
    }
    if (!ok) {
      report.addViolation(Violation.error(DirectoryCodes.REFERENCE_UNKNOWN, path, id, expected));
    }
  }

  private static <T extends Entity> void dutch(brussels.socialhealth.core.validation.ValidationReport.Builder report,
      String list, List<T> entities, Function<T, LocalizedText> names) {
    for (int i = 0; i < entities.size(); i++) {
      LocalizedText text = names.apply(entities.get(i));
      if (text.find(Language.NL).isEmpty()) {
        report.addViolation(Violation.warning(DirectoryCodes.NAME_DUTCH_MISSING, list + "[" + i + "].names",
            text.get(Language.FR), entities.get(i).getId()));
      }
    }
  }

  private static void undefined(brussels.socialhealth.core.validation.ValidationReport.Builder report,
      String path, java.util.Collection<? extends Code> codes) {
    for (Code code : codes) {
      if (!code.isDefined()) {
        report.addViolation(Violation.warning(DirectoryCodes.CODE_UNDEFINED, path, code.getCode()));
      }
    }
  }

}
