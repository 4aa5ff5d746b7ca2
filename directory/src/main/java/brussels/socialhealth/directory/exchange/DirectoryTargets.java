package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.directory.AccessMode;
import brussels.socialhealth.directory.AccessibilityFeature;
import brussels.socialhealth.directory.Code;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.directory.exchange.internal.DirectoryBuilders;
import brussels.socialhealth.territory.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The directory's import targets. Each builds, from one partner record, a {@link Directory} fragment that
 * the {@link DirectoryMerger} then merges with the others (duplicates within and across files):
 *
 * <ul>
 *   <li>{@code organisation}: one organisation and, when the record has an address with a postal code of
 *       the Region, its site (commune, bassin and, from a statistical sector, neighbourhood resolved
 *       through the {@link Territory});
 *   <li>{@code site}: one site of an organisation named by the partner's identifier;
 *   <li>{@code service}: one service of an organisation, optionally at sites named by the partner's
 *       identifiers.
 * </ul>
 *
 * <p>Every value goes through the model's own parser ({@link PhoneNumber#parse}, {@link EnterpriseNumber#parse},
 * {@link EmailAddress#parse}, {@link WebAddress#parse}, {@link OpeningHours#parse}, the code lists' parsers);
 * the built entities are then checked by the model's validator (a missing Dutch name is a warning).
 * Identifiers: an {@code id} column gives our identifier as is; otherwise it is derived from the source system
 * and the partner's identifier ({@code source:slug}), or from the record's line. References to
 * organisations and sites ({@code organisationId}, {@code siteIds}) are partner identifiers, derived the
 * same way. The field list is in {@code docs/integration.md}. Immutable and thread-safe.
 */
public final class DirectoryTargets {
  private DirectoryTargets() {}

  /**
   * Returns the directory's targets over the embedded territory.
   *
   * @return {@code organisation}, {@code site}, {@code service}
   */
  public static List<ExchangeTarget<?>> all() {
    return List.of(organisation(), site(), service());
  }

  /**
   * Returns the {@code organisation} target over the embedded territory.
   *
   * @return the target
   */
  public static ExchangeTarget<Directory> organisation() {
    return organisation(Territory.embedded());
  }

  /**
   * Returns the {@code organisation} target over a territory.
   *
   * @param territory the territory that places addresses; not null
   * @return the target
   */
  public static ExchangeTarget<Directory> organisation(Territory territory) {
    List<TargetField> fields = new ArrayList<>();
    fields.add(TargetField.builder("id", TargetField.Shape.SINGLE).parser(DirectoryBuilders::checkId)
        .rejectInvalid().build());
    fields.add(TargetField.builder("names", TargetField.Shape.LOCALIZED).required().build());
    fields.add(TargetField.builder("shortName", TargetField.Shape.SINGLE).build());
    fields.add(coded("kind", OrganisationKind.values(), OrganisationKind::parse).required().rejectInvalid().build());
    fields.add(coded("sectors", Sector.values(), Sector::parse).build());
    fields.add(TargetField.builder("enterpriseNumber", TargetField.Shape.SINGLE).parser(EnterpriseNumber::parse)
        .build());
    fields.add(TargetField.builder("phones", TargetField.Shape.MULTIPLE).parser(PhoneNumber::parse).build());
    fields.add(TargetField.builder("emails", TargetField.Shape.MULTIPLE).parser(EmailAddress::parse).build());
    fields.add(TargetField.builder("website", TargetField.Shape.SINGLE).parser(WebAddress::parse).build());
    fields.addAll(addressFields(territory));
    return new Target("organisation", fields, (record, problems) ->
        DirectoryBuilders.organisation(record, territory, problems));
  }

  /**
   * Returns the {@code site} target over the embedded territory.
   *
   * @return the target
   */
  public static ExchangeTarget<Directory> site() {
    return site(Territory.embedded());
  }

  /**
   * Returns the {@code site} target over a territory.
   *
   * @param territory the territory that places addresses; not null
   * @return the target
   */
  public static ExchangeTarget<Directory> site(Territory territory) {
    List<TargetField> fields = new ArrayList<>();
    fields.add(TargetField.builder("id", TargetField.Shape.SINGLE).parser(DirectoryBuilders::checkId)
        .rejectInvalid().build());
    fields.add(TargetField.builder("organisationId", TargetField.Shape.SINGLE).required().rejectInvalid().build());
    fields.add(TargetField.builder("names", TargetField.Shape.LOCALIZED).build());
    fields.add(TargetField.builder("phones", TargetField.Shape.MULTIPLE).parser(PhoneNumber::parse).build());
    fields.addAll(addressFields(territory));
    return new Target("site", fields, (record, problems) -> DirectoryBuilders.site(record, territory, problems));
  }

  /**
   * Returns the {@code service} target.
   *
   * @return the target
   */
  public static ExchangeTarget<Directory> service() {
    List<TargetField> fields = new ArrayList<>();
    fields.add(TargetField.builder("id", TargetField.Shape.SINGLE).parser(DirectoryBuilders::checkId)
        .rejectInvalid().build());
    fields.add(TargetField.builder("organisationId", TargetField.Shape.SINGLE).required().rejectInvalid().build());
    fields.add(TargetField.builder("names", TargetField.Shape.LOCALIZED).required().build());
    fields.add(TargetField.builder("descriptions", TargetField.Shape.LOCALIZED).build());
    fields.add(coded("themes", Theme.values(), Theme::parse).build());
    fields.add(coded("publics", TargetPublic.values(), TargetPublic::parse).build());
    fields.add(coded("accessModes", AccessMode.values(), AccessMode::parse).build());
    fields.add(coded("languages", SpokenLanguage.values(), SpokenLanguage::parse).build());
    fields.add(TargetField.builder("siteIds", TargetField.Shape.MULTIPLE).build());
    fields.add(TargetField.builder("phones", TargetField.Shape.MULTIPLE).parser(PhoneNumber::parse).build());
    fields.add(TargetField.builder("emails", TargetField.Shape.MULTIPLE).parser(EmailAddress::parse).build());
    fields.add(TargetField.builder("website", TargetField.Shape.SINGLE).parser(WebAddress::parse).build());
    return new Target("service", fields, DirectoryBuilders::service);
  }

  private static List<TargetField> addressFields(Territory territory) {
    return List.of(
        TargetField.builder("street", TargetField.Shape.LOCALIZED).build(),
        TargetField.builder("houseNumber", TargetField.Shape.SINGLE).build(),
        TargetField.builder("box", TargetField.Shape.SINGLE).build(),
        TargetField.builder("postalCode", TargetField.Shape.SINGLE)
            .parser(code -> DirectoryBuilders.checkPostalCode(territory, code)).build(),
        TargetField.builder("municipality", TargetField.Shape.LOCALIZED).build(),
        TargetField.builder("statisticalSector", TargetField.Shape.SINGLE)
            .parser(code -> DirectoryBuilders.checkSector(territory, code)).build(),
        TargetField.builder("openingHours", TargetField.Shape.SINGLE).parser(OpeningHours::parse).build(),
        coded("accessibility", AccessibilityFeature.values(), AccessibilityFeature::parse).build());
  }

  private static <C extends Code> TargetField.Builder coded(String name, List<C> values, Function<String, C> parser) {
    TargetField.Shape shape = name.endsWith("s") && !"kind".equals(name) ? TargetField.Shape.MULTIPLE
        : TargetField.Shape.SINGLE;
    if ("accessibility".equals(name)) {
      shape = TargetField.Shape.MULTIPLE;
    }
    return TargetField.builder(name, shape)
        .codes(values.stream().map(Code::getCode).collect(Collectors.toList()))
        .parser(parser);
  }

  /** A target whose building is a function. */
  private static final class Target implements ExchangeTarget<Directory> {
    private final String name;
    private final List<TargetField> fields;
    private final DirectoryBuilders.Builder builder;

    Target(String name, List<TargetField> fields, DirectoryBuilders.Builder builder) {
      this.name = name;
      this.fields = List.copyOf(fields);
      this.builder = builder;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public List<TargetField> getFields() {
      return fields;
    }

    @Override
    public Optional<Directory> build(MappedRecord record, brussels.socialhealth.core.validation.ValidationReport.Builder problems) {
      return builder.build(record, problems);
    }
  }
}
