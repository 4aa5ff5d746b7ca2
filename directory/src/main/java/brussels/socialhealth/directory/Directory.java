package brussels.socialhealth.directory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.directory.internal.TextKeys;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A directory of the social-health offer: organisations, sites, services, professionals, teams, bodies,
 * memberships and links, with the indexes that answer searches, orientation and cartography.
 *
 * <p>Ids are unique across all entity types (a duplicate fails construction with
 * {@link DirectoryCodes#ID_DUPLICATE}). References between entities that point nowhere do not fail
 * construction: {@link DirectoryRules#REFERENCES} reports them, so imperfect partner data stays usable.
 *
 * <p>Immutable and thread-safe: indexes are computed once, lazily, and shared. JSON form: one document
 * with a {@code schemaVersion} and one array per entity type (see {@code docs/directory.md}).
 */
@Value.Immutable
@JsonPropertyOrder({"schemaVersion", "organisations", "sites", "services", "professionals", "teams",
    "bodies", "memberships", "links"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableDirectory.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableDirectory.class)
public abstract class Directory {
  /** The version of the JSON document this library writes. */
  public static final int SCHEMA_VERSION = 1;

  /** The Brussels-Capital Region, top rung of the subsidiarity ladder. */
  public static final TerritoryRef REGION = TerritoryRef.of(TerritorialLevel.REGION, "04000");

  /**
   * Returns the version of the document's schema.
   *
   * @return the version, {@link #SCHEMA_VERSION} by default
   */
  @Value.Default
  public int getSchemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the organisations.
   *
   * @return an immutable list
   */
  public abstract List<Organisation> getOrganisations();

  /**
   * Returns the sites.
   *
   * @return an immutable list
   */
  public abstract List<Site> getSites();

  /**
   * Returns the services.
   *
   * @return an immutable list
   */
  public abstract List<Service> getServices();

  /**
   * Returns the professionals.
   *
   * @return an immutable list
   */
  public abstract List<Professional> getProfessionals();

  /**
   * Returns the teams.
   *
   * @return an immutable list
   */
  public abstract List<Team> getTeams();

  /**
   * Returns the bodies.
   *
   * @return an immutable list
   */
  public abstract List<Body> getBodies();

  /**
   * Returns the memberships.
   *
   * @return an immutable list
   */
  public abstract List<Membership> getMemberships();

  /**
   * Returns the links.
   *
   * @return an immutable list
   */
  public abstract List<Link> getLinks();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableDirectory.Builder builder() {
    return ImmutableDirectory.builder();
  }

  /**
   * Returns the empty directory.
   *
   * @return a directory with nothing in it
   */
  public static Directory empty() {
    return builder().build();
  }

  @Value.Check
  void check() {
    if (getSchemaVersion() < 1 || getSchemaVersion() > SCHEMA_VERSION) {
      throw new InvalidValueException(DirectoryCodes.CODE_INVALID, getSchemaVersion(), "schemaVersion");
    }
    Set<String> seen = new java.util.HashSet<>();
    for (Entity entity : entities()) {
      if (!seen.add(entity.getId())) {
        throw new InvalidValueException(DirectoryCodes.ID_DUPLICATE, entity.getId());
      }
    }
  }

  /**
   * Returns every entity, in document order (organisations first, links last).
   *
   * @return an immutable list
   */
  public List<Entity> entities() {
    List<Entity> all = new ArrayList<>();
    all.addAll(getOrganisations());
    all.addAll(getSites());
    all.addAll(getServices());
    all.addAll(getProfessionals());
    all.addAll(getTeams());
    all.addAll(getBodies());
    all.addAll(getMemberships());
    all.addAll(getLinks());
    return List.copyOf(all);
  }

  /** The indexes, built once. */
  static final class Index {
    final Map<String, Entity> byId;
    final ListMultimap<String, Service> servicesByOrganisation;
    final ListMultimap<String, Site> sitesByOrganisation;
    final ListMultimap<String, Service> servicesBySite;
    final ListMultimap<Theme, Service> byTheme;
    final ListMultimap<TargetPublic, Service> byPublic;
    final ListMultimap<SpokenLanguage, Service> byLanguage;
    final ListMultimap<TerritoryRef, Service> byTerritory;
    final Map<String, Set<TerritoryRef>> coverage;
    final Map<String, Set<TerritoryRef>> siteUnits;
    final Map<String, String> nameKeys;

    Index(Directory directory) {
      ImmutableMap.Builder<String, Entity> ids = ImmutableMap.builder();
      directory.entities().forEach(e -> ids.put(e.getId(), e));
      byId = ids.build();
      ImmutableListMultimap.Builder<String, Service> byOrganisation = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<String, Site> sites = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<String, Service> bySite = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<Theme, Service> themes = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<TargetPublic, Service> publics = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<SpokenLanguage, Service> languages = ImmutableListMultimap.builder();
      ImmutableListMultimap.Builder<TerritoryRef, Service> territories = ImmutableListMultimap.builder();
      Map<String, Set<TerritoryRef>> units = new HashMap<>();
      for (Site site : directory.getSites()) {
        sites.put(site.getOrganisationId(), site);
        Set<TerritoryRef> set = new LinkedHashSet<>();
        site.getNeighbourhood().ifPresent(set::add);
        set.add(site.getCommune());
        site.getSector().ifPresent(set::add);
        site.getBassin().ifPresent(set::add);
        units.put(site.getId(), ImmutableSet.copyOf(set));
      }
      siteUnits = Map.copyOf(units);
      Map<String, Set<TerritoryRef>> covers = new HashMap<>();
      Map<String, String> keys = new HashMap<>();
      for (Service service : directory.getServices()) {
        byOrganisation.put(service.getOrganisationId(), service);
        service.getLocations().forEach(at -> bySite.put(at.getSiteId(), service));
        service.getThemes().forEach(t -> themes.put(t, service));
        service.getPublics().forEach(p -> publics.put(p, service));
        service.getLanguages().forEach(l -> languages.put(l, service));
        Set<TerritoryRef> coverage = effectiveCoverage(service, byId);
        covers.put(service.getId(), coverage);
        Set<TerritoryRef> reachable = new LinkedHashSet<>(coverage);
        for (ServiceAtSite at : service.getLocations()) {
          reachable.addAll(units.getOrDefault(at.getSiteId(), Set.of()));
        }
        reachable.forEach(ref -> territories.put(ref, service));
        StringBuilder key = new StringBuilder();
        service.getNames().getValues().values().forEach(n -> key.append(TextKeys.key(n)).append('|'));
        Entity organisation = byId.get(service.getOrganisationId());
        if (organisation instanceof Organisation) {
          Organisation o = (Organisation) organisation;
          o.getNames().getValues().values().forEach(n -> key.append(TextKeys.key(n)).append('|'));
          o.getShortName().ifPresent(n -> key.append(TextKeys.key(n)));
        }
        keys.put(service.getId(), key.toString());
      }
      coverage = Map.copyOf(covers);
      nameKeys = Map.copyOf(keys);
      servicesByOrganisation = byOrganisation.build();
      sitesByOrganisation = sites.build();
      servicesBySite = bySite.build();
      byTheme = themes.build();
      byPublic = publics.build();
      byLanguage = languages.build();
      byTerritory = territories.build();
    }

    private static Set<TerritoryRef> effectiveCoverage(Service service, Map<String, Entity> byId) {
      if (!service.getCoverage().isEmpty()) {
        return service.getCoverage();
      }
      Set<TerritoryRef> derived = new LinkedHashSet<>();
      for (ServiceAtSite at : service.getLocations()) {
        Entity entity = byId.get(at.getSiteId());
        if (!(entity instanceof Site)) {
          continue;
        }
        Site site = (Site) entity;
        switch (service.getLevel()) {
          case NEIGHBOURHOOD:
            site.getNeighbourhood().ifPresentOrElse(derived::add, () -> derived.add(site.getCommune()));
            break;
          case BASSIN:
            site.getBassin().ifPresentOrElse(derived::add, () -> derived.add(site.getCommune()));
            break;
          case REGION:
            derived.add(REGION);
            break;
          default:
            derived.add(site.getCommune());
        }
      }
      return ImmutableSet.copyOf(derived);
    }
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  /**
   * Finds any entity by id.
   *
   * @param id the id; not null
   * @return the entity, or empty
   */
  public Optional<Entity> find(String id) {
    return Optional.ofNullable(index().byId.get(id));
  }

  /**
   * Finds an entity of a given type by id.
   *
   * @param type the type, for example {@code Service.class}; not null
   * @param id the id; not null
   * @param <T> the type
   * @return the entity, or empty if absent or of another type
   */
  public <T extends Entity> Optional<T> find(Class<T> type, String id) {
    return find(id).filter(type::isInstance).map(type::cast);
  }

  /**
   * Finds an organisation by id.
   *
   * @param id the id
   * @return the organisation, or empty
   */
  public Optional<Organisation> findOrganisation(String id) {
    return find(Organisation.class, id);
  }

  /**
   * Finds a site by id.
   *
   * @param id the id
   * @return the site, or empty
   */
  public Optional<Site> findSite(String id) {
    return find(Site.class, id);
  }

  /**
   * Finds a service by id.
   *
   * @param id the id
   * @return the service, or empty
   */
  public Optional<Service> findService(String id) {
    return find(Service.class, id);
  }

  /**
   * Returns the services an organisation offers.
   *
   * @param organisationId the organisation id
   * @return an immutable list, empty if none
   */
  public List<Service> servicesOf(String organisationId) {
    return index().servicesByOrganisation.get(organisationId);
  }

  /**
   * Returns the sites an organisation runs (those pointing to it).
   *
   * @param organisationId the organisation id
   * @return an immutable list
   */
  public List<Site> sitesOf(String organisationId) {
    return index().sitesByOrganisation.get(organisationId);
  }

  /**
   * Returns the services delivered at a site.
   *
   * @param siteId the site id
   * @return an immutable list
   */
  public List<Service> servicesAt(String siteId) {
    return index().servicesBySite.get(siteId);
  }

  /**
   * Returns the sites of a service that the directory holds.
   *
   * @param service the service
   * @return the sites, in the service's order
   */
  public List<Site> sitesOf(Service service) {
    return service.getLocations().stream()
        .map(at -> findSite(at.getSiteId()))
        .flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the territory a service covers: its declared coverage or, when none is declared, the units
   * at the service's level where its sites are (the site's grouping for a neighbourhood-level service,
   * its commune, its bassin, or the region).
   *
   * @param service a service of this directory
   * @return an immutable set
   */
  public Set<TerritoryRef> coverageOf(Service service) {
    Set<TerritoryRef> known = index().coverage.get(service.getId());
    return known != null ? known : Index.effectiveCoverage(service, index().byId);
  }

  /**
   * Returns the territorial units a site lies in, as recorded on the site (grouping, commune, sector,
   * bassin).
   *
   * @param siteId the site id
   * @return an immutable set, empty for an unknown site
   */
  public Set<TerritoryRef> unitsOf(String siteId) {
    return index().siteUnits.getOrDefault(siteId, Set.of());
  }

  /**
   * Returns the hours of a service at one of its sites: the service's own hours there, or else the
   * site's hours.
   *
   * @param service the service
   * @param location one of its locations
   * @return the hours, or empty when neither is known
   */
  public Optional<OpeningHours> hoursAt(Service service, ServiceAtSite location) {
    if (location.getOpeningHours().isPresent()) {
      return location.getOpeningHours();
    }
    return findSite(location.getSiteId()).flatMap(Site::getOpeningHours);
  }

  /**
   * Returns the services matching a query, in directory order.
   *
   * @param query the query; not null
   * @return an immutable list
   */
  public List<Service> search(ServiceQuery query) {
    Index index = index();
    List<Collection<Service>> candidates = new ArrayList<>();
    if (!query.getThemes().isEmpty()) {
      candidates.add(union(query.getThemes(), index.byTheme::get));
    }
    if (!query.getLanguages().isEmpty()) {
      candidates.add(union(query.getLanguages(), index.byLanguage::get));
    }
    if (!query.getTerritories().isEmpty()) {
      candidates.add(union(query.getTerritories(), index.byTerritory::get));
    }
    if (!query.getPublics().isEmpty()) {
      Set<TargetPublic> publics = new LinkedHashSet<>(query.getPublics());
      publics.add(TargetPublic.ALL);
      candidates.add(union(publics, index.byPublic::get));
    }
    Collection<Service> start = getServices();
    for (Collection<Service> candidate : candidates) {
      if (candidate.size() < start.size()) {
        start = candidate;
      }
    }
    Predicate<Service> filter = matcher(query, index);
    Set<Service> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Service> result = new ArrayList<>();
    for (Service service : start) {
      if (seen.add(service) && filter.test(service)) {
        result.add(service);
      }
    }
    if (start != getServices()) {
      Map<String, Integer> order = serviceOrder();
      result.sort(Comparator.comparing(s -> order.get(s.getId())));
    }
    return List.copyOf(result);
  }

  @Value.Lazy
  Map<String, Integer> serviceOrder() {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < getServices().size(); i++) {
      order.put(getServices().get(i).getId(), i);
    }
    return Map.copyOf(order);
  }

  private static <K> Collection<Service> union(Set<K> keys, Function<K, List<Service>> index) {
    if (keys.size() == 1) {
      return index.apply(keys.iterator().next());
    }
    Set<Service> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    keys.forEach(k -> all.addAll(index.apply(k)));
    return all;
  }

  private Predicate<Service> matcher(ServiceQuery query, Index index) {
    Predicate<Service> predicate = s -> true;
    if (!query.getThemes().isEmpty()) {
      predicate = predicate.and(s -> intersects(s.getThemes(), query.getThemes()));
    }
    if (!query.getPublics().isEmpty()) {
      predicate = predicate.and(s -> s.getPublics().contains(TargetPublic.ALL)
          || intersects(s.getPublics(), query.getPublics()));
    }
    if (!query.getLanguages().isEmpty()) {
      predicate = predicate.and(s -> intersects(s.getLanguages(), query.getLanguages()));
    }
    if (!query.getCosts().isEmpty()) {
      predicate = predicate.and(s -> s.getCost().map(query.getCosts()::contains).orElse(false));
    }
    if (!query.getAccessModes().isEmpty()) {
      predicate = predicate.and(s -> intersects(s.getAccessModes(), query.getAccessModes()));
    }
    if (!query.getTerritories().isEmpty()) {
      Set<Service> inTerritory = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      query.getTerritories().forEach(t -> inTerritory.addAll(index.byTerritory.get(t)));
      predicate = predicate.and(inTerritory::contains);
    }
    if (query.getOpenAt().isPresent()) {
      java.time.LocalDateTime at = query.getOpenAt().get();
      predicate = predicate.and(s -> s.getLocations().stream()
          .anyMatch(location -> hoursAt(s, location).map(h -> h.isOpenAt(at)).orElse(false)));
    }
    if (query.getText().isPresent()) {
      String key = TextKeys.key(query.getText().get());
      predicate = predicate.and(s -> index.nameKeys.getOrDefault(s.getId(), "").contains(key));
    }
    return predicate;
  }

  private static <T> boolean intersects(Set<T> values, Set<T> wanted) {
    for (T value : wanted) {
      if (values.contains(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the cartography of the directory's actors and their links.
   *
   * @return the cartography, computed once
   */
  @Value.Lazy
  public Cartography cartography() {
    return Cartography.of(this);
  }

  /**
   * Returns the cartography as it was on a date: memberships and links whose period does not contain
   * the date are left out (those without a period are kept).
   *
   * @param date the date; not null
   * @return the cartography on that date
   */
  public Cartography cartography(java.time.LocalDate date) {
    return Cartography.of(this, date);
  }

  /**
   * Returns a short description for logs: the number of entities of each type.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Directory{organisations=" + getOrganisations().size() + ", sites=" + getSites().size()
        + ", services=" + getServices().size() + ", professionals=" + getProfessionals().size()
        + ", teams=" + getTeams().size() + ", bodies=" + getBodies().size()
        + ", memberships=" + getMemberships().size() + ", links=" + getLinks().size() + "}";
  }

  /**
   * Returns the display name of an entity in a language, for listings: an organisation's, site's,
   * service's, team's or body's name, a professional's display name, otherwise the id.
   *
   * @param id the id
   * @param language the language
   * @return the name
   */
  public String nameOf(String id, Language language) {
    Entity entity = index().byId.get(id);
    if (entity instanceof Organisation) {
      return ((Organisation) entity).getNames().get(language);
    } else if (entity instanceof Service) {
      return ((Service) entity).getNames().get(language);
    } else if (entity instanceof Site) {
      return ((Site) entity).getNames().map(n -> n.get(language)).orElse(id);
    } else if (entity instanceof Team) {
      return ((Team) entity).getNames().get(language);
    } else if (entity instanceof Body) {
      return ((Body) entity).getNames().get(language);
    } else if (entity instanceof Professional) {
      return ((Professional) entity).displayName();
    }
    return id;
  }
}
