package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.ImmutableOrganisation;
import brussels.socialhealth.directory.ImmutableService;
import brussels.socialhealth.directory.ImmutableSite;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceAtSite;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.directory.exchange.RecordMerge.RecordRef;
import brussels.socialhealth.directory.exchange.internal.Normalise;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges the directory fragments of one or more imports into one {@link Directory}, merging duplicates by
 * documented rules and recording every merge as a {@link RecordMerge}.
 *
 * <p>Rules, tried in this order; the first that matches decides:
 * <ol>
 *   <li>{@value #RULE_ENTERPRISE_NUMBER}: two organisations with the same enterprise number;
 *   <li>{@value #RULE_EXTERNAL_REFERENCE}: two entities of the same kind sharing an external reference
 *       (same source system and partner identifier), or the same identifier;
 *   <li>{@value #RULE_NAME_AND_ADDRESS}: two organisations whose names are equal once normalised (case,
 *       accents, spaces; in any common language) and whose sites have the same normalised address (postal
 *       code, street, house number); two sites of the same organisation at the same address; two services
 *       of the same organisation with the same normalised name.
 * </ol>
 *
 * <p>The record seen first is kept (inputs in the order added, records in input order). The merged record
 * completes it: languages its names lack, optional values it lacks, and the union of lists (phones, e-mails,
 * sectors, external references, sites, themes...). Where both have a different single value (kind,
 * enterprise number, website, short name) the kept value stays and the other is kept as an extension
 * {@code merged.<field>} in the merged record's source namespace; nothing is lost. Sites and services of a
 * merged organisation move to the kept one. Each merge lists what it changed.
 *
 * <p>Memory holds the whole directory. Not thread-safe.
 */
public final class DirectoryMerger {
  /** Rule: same enterprise number. */
  public static final String RULE_ENTERPRISE_NUMBER = "enterprise-number";
  /** Rule: same external reference or identifier. */
  public static final String RULE_EXTERNAL_REFERENCE = "external-reference";
  /** Rule: same normalised name and address. */
  public static final String RULE_NAME_AND_ADDRESS = "name-and-address";

  private final Map<String, Organisation> organisations = new LinkedHashMap<>();
  private final Map<String, Site> sites = new LinkedHashMap<>();
  private final Map<String, Service> services = new LinkedHashMap<>();
  private final Map<String, RecordRef> origins = new HashMap<>();
  private final Map<String, String> organisationRemap = new HashMap<>();
  private final Map<String, String> siteRemap = new HashMap<>();
  private final Map<EnterpriseNumber, String> byEnterprise = new HashMap<>();
  private final Map<String, String> byRef = new HashMap<>();
  private final Map<String, String> byNameAndAddress = new HashMap<>();
  private final Map<String, String> siteByAddress = new HashMap<>();
  private final Map<String, String> serviceByName = new HashMap<>();
  private final List<RecordMerge> merges = new ArrayList<>();

  /** Creates an empty merger. */
  public DirectoryMerger() {}

  /**
   * Adds the fragment of one imported record.
   *
   * @param input the input's name, for the merge records; not null
   * @param imported the record as imported by a directory target; not null
   */
  public void add(String input, Imported<Directory> imported) {
    requireNonNull(input, "input");
    RecordRef origin = RecordRef.of(input, imported.record().getSource().getLine(),
        imported.record().getId().orElse(null));
    add(imported.value(), origin, imported.record().getSourceSystem());
  }

  /**
   * Adds a fragment with its origin.
   *
   * @param fragment the fragment; not null
   * @param origin where it came from; not null
   * @param source the source system (namespace for conflicting values); not null
   */
  public void add(Directory fragment, RecordRef origin, String source) {
    for (Organisation organisation : fragment.getOrganisations()) {
      Optional<Site> site = fragment.getSites().stream()
          .filter(s -> s.getOrganisationId().equals(organisation.getId())).findFirst();
      addOrganisation(organisation, site, origin, source);
    }
    for (Site site : fragment.getSites()) {
      if (fragment.getOrganisations().stream().noneMatch(o -> o.getId().equals(site.getOrganisationId()))) {
        addSite(site, origin, source);
      }
    }
    for (Service service : fragment.getServices()) {
      addService(service, origin, source);
    }
  }

  private void addOrganisation(Organisation incoming, Optional<Site> site, RecordRef origin, String source) {
    String rule = null;
    String key = null;
    String kept = null;
    if (incoming.getEnterpriseNumber().isPresent() && byEnterprise.containsKey(incoming.getEnterpriseNumber().get())) {
      rule = RULE_ENTERPRISE_NUMBER;
      key = incoming.getEnterpriseNumber().get().toString();
      kept = byEnterprise.get(incoming.getEnterpriseNumber().get());
    }
    if (kept == null) {
      for (String ref : refKeys("organisation", incoming.getId(), incoming.getExternalRefs())) {
        if (byRef.containsKey(ref)) {
          rule = RULE_EXTERNAL_REFERENCE;
          key = ref.substring(ref.indexOf('|') + 1);
          kept = byRef.get(ref);
          break;
        }
      }
    }
    List<String> nameKeys = site.flatMap(Site::getAddress).map(address -> nameAndAddressKeys(incoming.getNames(),
        address)).orElse(List.of());
    if (kept == null) {
      for (String nameKey : nameKeys) {
        if (byNameAndAddress.containsKey(nameKey)) {
          rule = RULE_NAME_AND_ADDRESS;
          key = nameKey;
          kept = byNameAndAddress.get(nameKey);
          break;
        }
      }
    }
    if (kept == null) {
      organisations.put(incoming.getId(), incoming);
      origins.put("organisation|" + incoming.getId(), origin);
      index(incoming, nameKeys);
      site.ifPresent(s -> addSite(s, origin, source));
      return;
    }
    List<String> changes = new ArrayList<>();
    Organisation merged = mergeOrganisation(organisations.get(kept), incoming, source, changes);
    organisations.put(kept, merged);
    organisationRemap.put(incoming.getId(), kept);
    index(merged, nameKeys);
    merges.add(RecordMerge.builder().rule(rule).entity(MergedEntity.ORGANISATION).key(key)
        .kept(origins.get("organisation|" + kept)).merged(origin).changes(changes).build());
    String target = kept;
    site.ifPresent(s -> addSite(ImmutableSite.copyOf(s).withOrganisationId(target), origin, source));
  }

  private void index(Organisation organisation, List<String> nameKeys) {
    organisation.getEnterpriseNumber().ifPresent(n -> byEnterprise.putIfAbsent(n, organisation.getId()));
    refKeys("organisation", organisation.getId(), organisation.getExternalRefs())
        .forEach(ref -> byRef.putIfAbsent(ref, organisation.getId()));
    nameKeys.forEach(k -> byNameAndAddress.putIfAbsent(k, organisation.getId()));
  }

  private Organisation mergeOrganisation(Organisation kept, Organisation other, String source, List<String> changes) {
    ImmutableOrganisation.Builder builder = ImmutableOrganisation.builder().from(kept);
    builder.names(mergeNames(kept.getNames(), other.getNames(), "names", changes));
    Extensions extensions = kept.getExtensions();
    extensions = single("shortName", kept.getShortName(), other.getShortName(), builder::shortName, source,
        extensions, changes);
    extensions = single("enterpriseNumber", kept.getEnterpriseNumber(), other.getEnterpriseNumber(),
        builder::enterpriseNumber, source, extensions, changes);
    extensions = single("website", kept.getWebsite(), other.getWebsite(), builder::website, source, extensions,
        changes);
    if (!kept.getKind().equals(other.getKind())) {
      extensions = extensions.with(source, "merged.kind", other.getKind().getCode());
      changes.add("kind: kept " + kept.getKind().getCode() + ", other value " + other.getKind().getCode()
          + " kept as extension " + source + "/merged.kind");
    }
    builder.sectors(union("sectors", kept.getSectors(), other.getSectors(), changes));
    builder.phones(union("phones", kept.getPhones(), other.getPhones(), changes));
    builder.emails(union("emails", kept.getEmails(), other.getEmails(), changes));
    builder.externalRefs(union("externalRefs", kept.getExternalRefs(), other.getExternalRefs(), changes));
    builder.reach(union("reach", kept.getReach(), other.getReach(), changes));
    builder.extensions(mergeExtensions(extensions, other.getExtensions(), changes));
    return builder.build();
  }

  private void addSite(Site incoming, RecordRef origin, String source) {
    String organisationId = organisationRemap.getOrDefault(incoming.getOrganisationId(),
        incoming.getOrganisationId());
    Site site = organisationId.equals(incoming.getOrganisationId()) ? incoming
        : ImmutableSite.copyOf(incoming).withOrganisationId(organisationId);
    String rule = null;
    String key = null;
    String kept = null;
    for (String ref : refKeys("site", site.getId(), site.getExternalRefs())) {
      if (byRef.containsKey(ref)) {
        rule = RULE_EXTERNAL_REFERENCE;
        key = ref.substring(ref.indexOf('|') + 1);
        kept = byRef.get(ref);
        break;
      }
    }
    Optional<String> addressKey = site.getAddress().map(a -> organisationId + "|" + addressKey(a));
    if (kept == null && addressKey.isPresent() && siteByAddress.containsKey(addressKey.get())) {
      rule = RULE_NAME_AND_ADDRESS;
      key = addressKey.get();
      kept = siteByAddress.get(addressKey.get());
    }
    if (kept == null) {
      sites.put(site.getId(), site);
      origins.put("site|" + site.getId(), origin);
      refKeys("site", site.getId(), site.getExternalRefs()).forEach(ref -> byRef.putIfAbsent(ref, site.getId()));
      addressKey.ifPresent(k -> siteByAddress.putIfAbsent(k, site.getId()));
      linkSite(organisationId, site.getId());
      return;
    }
    Site old = sites.get(kept);
    List<String> changes = new ArrayList<>();
    ImmutableSite.Builder builder = ImmutableSite.builder().from(old);
    if (old.getNames().isEmpty() && site.getNames().isPresent()) {
      builder.names(site.getNames());
      changes.add("names: added");
    }
    if (old.getAddress().isEmpty() && site.getAddress().isPresent()) {
      builder.address(site.getAddress());
      changes.add("address: added");
    }
    if (old.getOpeningHours().isEmpty() && site.getOpeningHours().isPresent()) {
      builder.openingHours(site.getOpeningHours());
      changes.add("openingHours: added");
    }
    builder.phones(union("phones", old.getPhones(), site.getPhones(), changes));
    builder.externalRefs(union("externalRefs", old.getExternalRefs(), site.getExternalRefs(), changes));
    builder.accessibility(union("accessibility", old.getAccessibility(), site.getAccessibility(), changes));
    builder.extensions(mergeExtensions(old.getExtensions(), site.getExtensions(), changes));
    sites.put(kept, builder.build());
    siteRemap.put(site.getId(), kept);
    linkSite(organisationId, kept);
    merges.add(RecordMerge.builder().rule(rule).entity(MergedEntity.SITE).key(key)
        .kept(origins.get("site|" + kept)).merged(origin).changes(changes).build());
  }

  private void linkSite(String organisationId, String siteId) {
    Organisation organisation = organisations.get(organisationId);
    if (organisation != null && !organisation.getSiteIds().contains(siteId)) {
      organisations.put(organisationId, ImmutableOrganisation.builder().from(organisation).addSiteId(siteId).build());
    }
  }

  private void addService(Service incoming, RecordRef origin, String source) {
    String organisationId = organisationRemap.getOrDefault(incoming.getOrganisationId(),
        incoming.getOrganisationId());
    Service service = ImmutableService.copyOf(incoming).withOrganisationId(organisationId);
    String rule = null;
    String key = null;
    String kept = null;
    for (String ref : refKeys("service", service.getId(), service.getExternalRefs())) {
      if (byRef.containsKey(ref)) {
        rule = RULE_EXTERNAL_REFERENCE;
        key = ref.substring(ref.indexOf('|') + 1);
        kept = byRef.get(ref);
        break;
      }
    }
    List<String> nameKeys = service.getNames().getValues().values().stream()
        .map(name -> organisationId + "|" + Normalise.key(name)).collect(Collectors.toList());
    if (kept == null) {
      for (String nameKey : nameKeys) {
        if (serviceByName.containsKey(nameKey)) {
          rule = RULE_NAME_AND_ADDRESS;
          key = nameKey;
          kept = serviceByName.get(nameKey);
          break;
        }
      }
    }
    if (kept == null) {
      services.put(service.getId(), service);
      origins.put("service|" + service.getId(), origin);
      refKeys("service", service.getId(), service.getExternalRefs())
          .forEach(ref -> byRef.putIfAbsent(ref, service.getId()));
      nameKeys.forEach(k -> serviceByName.putIfAbsent(k, service.getId()));
      return;
    }
    Service old = services.get(kept);
    List<String> changes = new ArrayList<>();
    ImmutableService.Builder builder = ImmutableService.builder().from(old);
    builder.names(mergeNames(old.getNames(), service.getNames(), "names", changes));
    if (old.getDescriptions().isEmpty() && service.getDescriptions().isPresent()) {
      builder.descriptions(service.getDescriptions());
      changes.add("descriptions: added");
    }
    builder.themes(union("themes", old.getThemes(), service.getThemes(), changes));
    builder.publics(union("publics", old.getPublics(), service.getPublics(), changes));
    builder.accessModes(union("accessModes", old.getAccessModes(), service.getAccessModes(), changes));
    builder.languages(union("languages", old.getLanguages(), service.getLanguages(), changes));
    builder.locations(union("locations", old.getLocations(), service.getLocations(), changes));
    builder.phones(union("phones", old.getPhones(), service.getPhones(), changes));
    builder.emails(union("emails", old.getEmails(), service.getEmails(), changes));
    builder.externalRefs(union("externalRefs", old.getExternalRefs(), service.getExternalRefs(), changes));
    Extensions extensions = single("website", old.getWebsite(), service.getWebsite(), builder::website, source,
        old.getExtensions(), changes);
    builder.extensions(mergeExtensions(extensions, service.getExtensions(), changes));
    services.put(kept, builder.build());
    merges.add(RecordMerge.builder().rule(rule).entity(MergedEntity.SERVICE).key(key)
        .kept(origins.get("service|" + kept)).merged(origin).changes(changes).build());
  }

  private static List<String> refKeys(String kind, String id, List<ExternalRef> refs) {
    List<String> keys = new ArrayList<>();
    keys.add(kind + "|" + id);
    refs.forEach(ref -> keys.add(kind + "|" + ref));
    return keys;
  }

  private static List<String> nameAndAddressKeys(LocalizedText names, PostalAddress address) {
    String where = addressKey(address);
    return names.getValues().values().stream().map(name -> Normalise.key(name) + "|" + where).distinct()
        .collect(Collectors.toList());
  }

  private static String addressKey(PostalAddress address) {
    return address.getPostalCode() + "|" + Normalise.key(address.getStreet().get(Language.FR)) + "|"
        + Normalise.key(address.getHouseNumber()) + address.getBox().map(b -> "|" + Normalise.key(b)).orElse("");
  }

  private static LocalizedText mergeNames(LocalizedText kept, LocalizedText other, String field,
      List<String> changes) {
    Map<Language, String> values = new LinkedHashMap<>(kept.getValues());
    for (Map.Entry<Language, String> entry : other.getValues().entrySet()) {
      if (!values.containsKey(entry.getKey())) {
        values.put(entry.getKey(), entry.getValue());
        changes.add(field + "." + entry.getKey().code() + ": added \"" + entry.getValue() + "\"");
      }
    }
    return LocalizedText.from(values);
  }

  private static <V> Extensions single(String field, Optional<V> kept, Optional<V> other,
      java.util.function.Consumer<Optional<V>> set, String source, Extensions extensions, List<String> changes) {
    if (kept.isEmpty() && other.isPresent()) {
      set.accept(other);
      changes.add(field + ": added " + other.get());
    } else if (kept.isPresent() && other.isPresent() && !kept.get().equals(other.get())) {
      changes.add(field + ": kept " + kept.get() + ", other value " + other.get() + " kept as extension "
          + source + "/merged." + field);
      return extensions.with(source, "merged." + field, other.get().toString());
    }
    return extensions;
  }

  private static <V> List<V> union(String field, java.util.Collection<V> kept, java.util.Collection<V> other,
      List<String> changes) {
    Set<V> all = new LinkedHashSet<>(kept);
    for (V value : other) {
      if (all.add(value)) {
        changes.add(field + ": added " + value);
      }
    }
    return new ArrayList<>(all);
  }

  private static Extensions mergeExtensions(Extensions kept, Extensions other, List<String> changes) {
    Extensions result = kept;
    for (Map.Entry<String, Map<String, String>> namespace : other.getValues().entrySet()) {
      for (Map.Entry<String, String> field : namespace.getValue().entrySet()) {
        Optional<String> existing = result.get(namespace.getKey(), field.getKey());
        if (existing.isEmpty()) {
          result = result.with(namespace.getKey(), field.getKey(), field.getValue());
          changes.add("extensions." + namespace.getKey() + "/" + field.getKey() + ": added");
        } else if (!existing.get().equals(field.getValue())) {
          String name = field.getKey() + " (merged)";
          result = result.with(namespace.getKey(), name, field.getValue());
          changes.add("extensions." + namespace.getKey() + "/" + name + ": added");
        }
      }
    }
    return result;
  }

  /**
   * Returns the merged directory: organisations, sites and services in the order first seen, references to
   * merged entities pointing at the kept ones.
   *
   * @return the directory
   */
  public Directory toDirectory() {
    List<Service> resolved = new ArrayList<>();
    for (Service service : services.values()) {
      List<ServiceAtSite> locations = service.getLocations().stream()
          .map(l -> siteRemap.containsKey(l.getSiteId()) ? ServiceAtSite.builder().from(l)
              .siteId(siteRemap.get(l.getSiteId())).build() : l)
          .distinct().collect(Collectors.toList());
      resolved.add(ImmutableService.copyOf(service).withLocations(locations)
          .withOrganisationId(organisationRemap.getOrDefault(service.getOrganisationId(), service.getOrganisationId())));
    }
    return Directory.builder().addAllOrganisations(organisations.values()).addAllSites(sites.values())
        .addAllServices(resolved).build();
  }

  /**
   * Returns every merge, in the order made.
   *
   * @return an unmodifiable list
   */
  public List<RecordMerge> getMerges() {
    return List.copyOf(merges);
  }
}
