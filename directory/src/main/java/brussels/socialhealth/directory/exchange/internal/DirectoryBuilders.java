package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.AccessMode;
import brussels.socialhealth.directory.AccessibilityFeature;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceAtSite;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.MappedRecord;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryCodes;
import brussels.socialhealth.territory.TerritoryRef;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds directory fragments from mapped records, for the directory's import targets. */
public final class DirectoryBuilders {
  private static final ModelValidator VALIDATOR = ModelValidator.create();
  private static final int MAX_ID = 64;

  private DirectoryBuilders() {}

  /** Builds a fragment from a mapped record. */
  @FunctionalInterface
  public interface Builder {
    /**
     * Builds.
     *
     * @param record the record
     * @param problems the sink
     * @return the fragment, or empty when it cannot be built
     */
    Optional<Directory> build(MappedRecord record, ValidationReport.Builder problems);
  }

  /**
   * Checks an identifier given by a mapping.
   *
   * @param id the identifier
   * @return the identifier
   * @throws InvalidValueException if it is not a directory identifier
   */
  public static String checkId(String id) {
    Ids.check(id, "id");
    return id;
  }

  /**
   * Checks that a postal code is one of the Region's.
   *
   * @param territory the territory
   * @param code the postal code
   * @return the code
   * @throws InvalidValueException {@code territory.answer.postal-code-unknown} otherwise
   */
  public static String checkPostalCode(Territory territory, String code) {
    if (territory.postalCode(code).isEmpty()) {
      throw new InvalidValueException(TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, code);
    }
    return code;
  }

  /**
   * Checks that a statistical sector code is one of the Region's.
   *
   * @param territory the territory
   * @param code the sector code, such as {@code 21015A77-}
   * @return the code
   * @throws InvalidValueException {@code territory.answer.sector-unknown} otherwise
   */
  public static String checkSector(Territory territory, String code) {
    if (territory.sector(code).isEmpty()) {
      throw new InvalidValueException(TerritoryCodes.ANSWER_SECTOR_UNKNOWN, code);
    }
    return code;
  }

  /**
   * Derives a directory identifier from a source system and a partner identifier: {@code source:slug},
   * where the slug keeps lower-case letters, digits, dots and hyphens (accents dropped, other characters
   * turned into hyphens); identifiers longer than 64 characters are cut and end with a hash of the whole.
   *
   * @param source the source system
   * @param partnerId the partner's identifier
   * @return the identifier
   */
  public static String deriveId(String source, String partnerId) {
    String plain = Normalizer.normalize(partnerId, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-")
        .replaceAll("^-|-$", "");
    String id = source + ":" + (plain.isEmpty() ? "x" : plain);
    if (id.length() <= MAX_ID) {
      return id;
    }
    String hash = Integer.toHexString(java.util.Arrays.hashCode(id.getBytes(StandardCharsets.UTF_8)));
    return id.substring(0, MAX_ID - hash.length() - 1) + "-" + hash;
  }

  private static String ownId(MappedRecord record) {
    return record.get("id", String.class).orElseGet(() -> deriveId(record.getSourceSystem(),
        record.getId().orElse("line-" + record.getSource().getLine())));
  }

  /**
   * Builds an organisation and, when its address places it, its site.
   *
   * @param record the record
   * @param territory the territory
   * @param problems the sink
   * @return the fragment
   */
  public static Optional<Directory> organisation(MappedRecord record, Territory territory,
      ValidationReport.Builder problems) {
    String id = ownId(record);
    Optional<Site> site = place(record, territory, problems, id, id.length() + 5 <= MAX_ID ? id + ":site"
        : deriveId(record.getSourceSystem(), id + "-site"), false);
    Organisation organisation = Organisation.builder()
        .id(id)
        .names(record.getText("names").orElseThrow())
        .shortName(record.get("shortName", String.class))
        .kind(record.get("kind", OrganisationKind.class).orElseThrow())
        .sectors(record.getAll("sectors", Sector.class))
        .enterpriseNumber(record.get("enterpriseNumber", EnterpriseNumber.class))
        .phones(record.getAll("phones", PhoneNumber.class))
        .emails(record.getAll("emails", EmailAddress.class))
        .website(record.get("website", WebAddress.class))
        .externalRefs(record.toExternalRef().map(List::of).orElse(List.of()))
        .siteIds(site.map(s -> List.of(s.getId())).orElse(List.of()))
        .extensions(record.toExtensions())
        .build();
    validate(organisation, record, problems);
    brussels.socialhealth.directory.ImmutableDirectory.Builder fragment = Directory.builder().addOrganisation(organisation);
    site.ifPresent(fragment::addSite);
    return Optional.of(fragment.build());
  }

  /**
   * Builds a site of an organisation named by the partner's identifier.
   *
   * @param record the record
   * @param territory the territory
   * @param problems the sink
   * @return the fragment, empty when the site cannot be placed in a commune
   */
  public static Optional<Directory> site(MappedRecord record, Territory territory,
      ValidationReport.Builder problems) {
    String organisationId = deriveId(record.getSourceSystem(), record.get("organisationId", String.class)
        .orElseThrow());
    Optional<Site> site = place(record, territory, problems, ownId(record), organisationId, true);
    site.ifPresent(s -> validate(s, record, problems));
    return site.map(s -> Directory.builder().addSite(s).build());
  }

  /**
   * Builds a service of an organisation named by the partner's identifier.
   *
   * @param record the record
   * @param problems the sink
   * @return the fragment
   */
  public static Optional<Directory> service(MappedRecord record, ValidationReport.Builder problems) {
    String source = record.getSourceSystem();
    Service service = Service.builder()
        .id(ownId(record))
        .organisationId(deriveId(source, record.get("organisationId", String.class).orElseThrow()))
        .names(record.getText("names").orElseThrow())
        .descriptions(record.getText("descriptions"))
        .themes(record.getAll("themes", Theme.class))
        .publics(record.getAll("publics", TargetPublic.class))
        .accessModes(record.getAll("accessModes", AccessMode.class))
        .languages(record.getAll("languages", SpokenLanguage.class))
        .locations(record.getAll("siteIds", String.class).stream()
            .map(site -> ServiceAtSite.of(deriveId(source, site))).collect(Collectors.toList()))
        .phones(record.getAll("phones", PhoneNumber.class))
        .emails(record.getAll("emails", EmailAddress.class))
        .website(record.get("website", WebAddress.class))
        .externalRefs(record.toExternalRef().map(List::of).orElse(List.of()))
        .extensions(record.toExtensions())
        .build();
    validate(service, record, problems);
    return Optional.of(Directory.builder().addService(service).build());
  }

  /** Places a site from the record's address fields; a site record (required) without commune is an error. */
  private static Optional<Site> place(MappedRecord record, Territory territory, ValidationReport.Builder problems,
      String siteId, String organisationOrSiteId, boolean siteTarget) {
    Optional<String> postalCode = record.get("postalCode", String.class);
    String organisationId = siteTarget ? organisationOrSiteId : siteId;
    String id = siteTarget ? siteId : organisationOrSiteId;
    if (postalCode.isEmpty()) {
      if (siteTarget) {
        problems.addViolations(record.locate(Violation.error(ExchangeCodes.ADDRESS_NO_COMMUNE, "postalCode", null),
            "postalCode"));
      }
      return Optional.empty();
    }
    String code = postalCode.get();
    List<Commune> communes = territory.communesByPostalCode(code);
    Optional<LocalizedText> municipality = record.getText("municipality");
    Commune commune = null;
    if (municipality.isPresent()) {
      for (String name : municipality.get().getValues().values()) {
        commune = territory.communesNamed(name).stream().filter(communes::contains).findFirst().orElse(commune);
      }
      if (commune == null && communes.size() == 1) {
        commune = communes.get(0);
        problems.addViolations(record.locate(Violation.warning(ExchangeCodes.ADDRESS_MISMATCH, "municipality",
            municipality.get().get(Language.FR), code, commune.getNames().get(Language.FR)), "municipality"));
      }
    } else if (communes.size() == 1) {
      commune = communes.get(0);
    }
    if (commune == null) {
      Violation ambiguous = Violation.of(siteTarget ? brussels.socialhealth.core.validation.Severity.ERROR
              : brussels.socialhealth.core.validation.Severity.WARNING, ExchangeCodes.ADDRESS_COMMUNE_AMBIGUOUS,
          "postalCode", code, communes.stream().map(c -> c.getNames().get(Language.FR))
              .collect(Collectors.joining(", ")));
      problems.addViolations(record.locate(ambiguous, "postalCode"));
      return Optional.empty();
    }
    brussels.socialhealth.directory.ImmutableSite.Builder site = Site.builder()
        .id(id)
        .organisationId(organisationId)
        .commune(commune.toRef())
        .openingHours(record.get("openingHours", OpeningHours.class))
        .accessibility(record.getAll("accessibility", AccessibilityFeature.class));
    String municipalityName = municipality.map(m -> m.get(Language.FR)).orElse(commune.getNames().get(Language.FR));
    territory.bassinForAddress(code, municipalityName).getBassin().ifPresent(b -> site.bassin(b.toRef()));
    record.get("statisticalSector", String.class).ifPresent(sector -> {
      site.sector(TerritoryRef.of(TerritorialLevel.SECTOR, sector));
      territory.sector(sector).flatMap(s -> s.getGrouping()).flatMap(territory::grouping)
          .ifPresent(g -> site.neighbourhood(g.toRef()));
    });
    Optional<LocalizedText> street = record.getText("street");
    Optional<String> number = record.get("houseNumber", String.class);
    if (street.isPresent() && number.isPresent()) {
      try {
        site.address(PostalAddress.builder().street(street.get()).houseNumber(number.get())
            .box(record.get("box", String.class)).postalCode(code)
            .municipality(municipality.orElse(commune.getNames())).build());
      } catch (InvalidValueException e) {
        problems.addViolations(record.locate(Violation.builder().code(e.getCode())
            .severity(brussels.socialhealth.core.validation.Severity.WARNING).path("street")
            .message(e.getLocalizedMessages()).value(e.getInput()).build(), "street"));
      }
    } else if (street.isPresent() || number.isPresent()) {
      problems.addViolations(record.locate(Violation.warning(ExchangeCodes.ADDRESS_INCOMPLETE, "street", null),
          street.isPresent() ? "houseNumber" : "street"));
    }
    if (siteTarget) {
      record.getText("names").ifPresent(site::names);
      site.phones(record.getAll("phones", PhoneNumber.class))
          .externalRefs(record.toExternalRef().map(List::of).orElse(List.<ExternalRef>of()))
          .extensions(record.toExtensions());
    }
    return Optional.of(site.build());
  }

  private static void validate(Object entity, MappedRecord record, ValidationReport.Builder problems) {
    for (Violation violation : VALIDATOR.validate(entity).getViolations()) {
      String path = violation.getPath();
      int end = 0;
      while (end < path.length() && Character.isLetterOrDigit(path.charAt(end))) {
        end++;
      }
      problems.addViolations(record.locate(violation, path.substring(0, end)));
    }
  }
}
