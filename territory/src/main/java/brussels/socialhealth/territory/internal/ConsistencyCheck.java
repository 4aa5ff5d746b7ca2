package brussels.socialhealth.territory.internal;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.Bassin;
import brussels.socialhealth.territory.BassinCode;
import brussels.socialhealth.territory.BassinMembership;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.MonitoringDistrict;
import brussels.socialhealth.territory.NeighbourhoodGrouping;
import brussels.socialhealth.territory.OpenQuestion;
import brussels.socialhealth.territory.Population;
import brussels.socialhealth.territory.PostalCodeArea;
import brussels.socialhealth.territory.StatisticalSector;
import brussels.socialhealth.territory.SubMunicipality;
import brussels.socialhealth.territory.TerritoryCodes;
import brussels.socialhealth.territory.TerritoryData;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The consistency check run on every {@link TerritoryData} before it becomes a
 * {@link brussels.socialhealth.territory.Territory}: unique codes, the five bassins present, every commune
 * in at least one bassin, every sector in one known commune whose code it starts with, population totals
 * equal to the sum of their parts for the same year, official names in French and Dutch, every
 * reference resolvable. Stateless and thread-safe; never throws on bad data.
 */
public final class ConsistencyCheck {
  private ConsistencyCheck() {}

  /**
   * Checks a data set.
   *
   * @param data the data; not null
   * @return the report; valid when the data can be used
   */
  public static ValidationReport check(TerritoryData data) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (!TerritoryData.FORMAT.equals(data.getFormat())) {
      report.addViolation(Violation.error(TerritoryCodes.DATA_FORMAT, "format", data.getFormat()));
    }
    if (data.getSchemaVersion() != TerritoryData.SCHEMA_VERSION) {
      report.addViolation(Violation.error(TerritoryCodes.DATA_FORMAT, "schemaVersion", data.getSchemaVersion()));
    }
    Set<String> sources = unique(report, "sources", data.getSources(), s -> s.getId(), "source");
    Set<String> communes = unique(report, "communes", data.getCommunes(), Commune::getNisCode, "commune");
    Set<String> subMunicipalities =
        unique(report, "subMunicipalities", data.getSubMunicipalities(), SubMunicipality::getCode, "sub-municipality");
    Set<Integer> districts = unique(report, "districts", data.getDistricts(), MonitoringDistrict::getCode, "district");
    Set<String> sectors = unique(report, "sectors", data.getSectors(), StatisticalSector::getCode, "sector");
    Set<String> groupings = unique(report, "groupings", data.getGroupings(), NeighbourhoodGrouping::getKey,
        "neighbourhood");
    unique(report, "groupings", data.getGroupings().stream().filter(g -> g.getNumber().isPresent())
        .collect(java.util.stream.Collectors.toList()), g -> g.getNumber().get(), "neighbourhood-number");
    unique(report, "postalCodes", data.getPostalCodes(), PostalCodeArea::getCode, "postal-code");
    Set<BassinCode> bassins = unique(report, "bassins", data.getBassins(), Bassin::getCode, "bassin");
    unique(report, "openQuestions", data.getOpenQuestions(), OpenQuestion::getId, "open-question");

    for (BassinCode code : EnumSet.complementOf(toEnumSet(bassins))) {
      report.addViolation(Violation.error(TerritoryCodes.DATA_BASSIN_MISSING, "bassins", code.code()));
    }

    // Region.
    officialNames(report, "region", data.getRegion().getNames(), data.getRegion().getCode());
    sourceRefs(report, "region", data.getRegion().getSources(), sources);
    populations(report, "region", data.getRegion().getPopulations(), sources);

    // Bassins.
    for (int i = 0; i < data.getBassins().size(); i++) {
      Bassin bassin = data.getBassins().get(i);
      String path = "bassins[" + i + "]";
      officialNames(report, path, bassin.getNames(), bassin.getCode().code());
      sourceRefs(report, path, bassin.getSources(), sources);
      populations(report, path, bassin.getPopulations(), sources);
    }

    // Communes and their bassins.
    for (int i = 0; i < data.getCommunes().size(); i++) {
      Commune commune = data.getCommunes().get(i);
      String path = "communes[" + i + "]";
      officialNames(report, path, commune.getNames(), commune.getNisCode());
      sourceRefs(report, path, commune.getSources(), sources);
      populations(report, path, commune.getPopulations(), sources);
      if (commune.getBassins().isEmpty()) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_COMMUNE_WITHOUT_BASSIN, path + ".bassins",
            commune.getNisCode()));
      }
      Set<BassinCode> seen = EnumSet.noneOf(BassinCode.class);
      boolean whole = false;
      for (int j = 0; j < commune.getBassins().size(); j++) {
        BassinMembership membership = commune.getBassins().get(j);
        String membershipPath = path + ".bassins[" + j + "]";
        whole |= membership.isWhole();
        if (!seen.add(membership.getBassin())) {
          report.addViolation(Violation.error(TerritoryCodes.DATA_MEMBERSHIP_CONFLICT, membershipPath,
              commune.getNisCode(), membership.getBassin().code()));
        }
        for (String sub : membership.getSubMunicipalities()) {
          if (!subMunicipalities.contains(sub)) {
            report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE,
                membershipPath + ".subMunicipalities", sub, "sub-municipality"));
          }
        }
        sourceRefs(report, membershipPath, membership.getSources(), sources);
      }
      if (whole && commune.getBassins().size() > 1) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_MEMBERSHIP_CONFLICT, path + ".bassins",
            commune.getNisCode(), commune.bassinCodes().toString()));
      }
    }
    populationTotals(report, data);

    // Postal codes.
    Map<String, Commune> communeByNis = new HashMap<>();
    data.getCommunes().forEach(c -> communeByNis.putIfAbsent(c.getNisCode(), c));
    Set<String> postalPairs = new HashSet<>();
    for (int i = 0; i < data.getPostalCodes().size(); i++) {
      PostalCodeArea area = data.getPostalCodes().get(i);
      String path = "postalCodes[" + i + "]";
      for (String nis : area.getCommunes()) {
        Commune commune = communeByNis.get(nis);
        if (commune == null) {
          report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".communes", nis,
              "commune"));
        } else if (!commune.getPostalCodes().contains(area.getCode())) {
          report.addViolation(Violation.error(TerritoryCodes.DATA_POSTAL_CODE_MISMATCH, path, area.getCode(), nis));
        }
        postalPairs.add(area.getCode() + "/" + nis);
      }
      area.getSubMunicipality().filter(s -> !subMunicipalities.contains(s)).ifPresent(s -> report.addViolation(
          Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".subMunicipality", s, "sub-municipality")));
      sourceRefs(report, path, area.getSources(), sources);
    }
    for (int i = 0; i < data.getCommunes().size(); i++) {
      Commune commune = data.getCommunes().get(i);
      for (String postalCode : commune.getPostalCodes()) {
        if (!postalPairs.contains(postalCode + "/" + commune.getNisCode())) {
          report.addViolation(Violation.error(TerritoryCodes.DATA_POSTAL_CODE_MISMATCH,
              "communes[" + i + "].postalCodes", postalCode, commune.getNisCode()));
        }
      }
    }

    // Sub-municipalities.
    for (int i = 0; i < data.getSubMunicipalities().size(); i++) {
      SubMunicipality sub = data.getSubMunicipalities().get(i);
      String path = "subMunicipalities[" + i + "]";
      officialNames(report, path, sub.getNames(), sub.getCode());
      communeRef(report, path + ".commune", sub.getCommune(), communes);
      sourceRefs(report, path, sub.getSources(), sources);
    }

    // Districts.
    Map<Integer, Integer> sectorsPerDistrict = new HashMap<>();
    data.getSectors().forEach(s -> sectorsPerDistrict.merge(s.getDistrict(), 1, Integer::sum));
    for (int i = 0; i < data.getDistricts().size(); i++) {
      MonitoringDistrict district = data.getDistricts().get(i);
      String path = "districts[" + i + "]";
      officialNames(report, path, district.getNames(), district.getCode());
      district.getCommunes().forEach(nis -> communeRef(report, path + ".communes", nis, communes));
      sourceRefs(report, path, district.getSources(), sources);
      int counted = sectorsPerDistrict.getOrDefault(district.getCode(), 0);
      if (!data.getSectors().isEmpty() && counted != district.getSectorCount()) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_DISTRICT_SECTOR_COUNT, path + ".sectorCount",
            district.getSectorCount(), counted));
      }
    }

    // Sectors.
    for (int i = 0; i < data.getSectors().size(); i++) {
      StatisticalSector sector = data.getSectors().get(i);
      String path = "sectors[" + i + "]";
      officialNames(report, path, sector.getNames(), sector.getCode());
      if (communeRef(report, path + ".commune", sector.getCommune(), communes)
          && !sector.getCode().startsWith(sector.getCommune())) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_SECTOR_COMMUNE_MISMATCH, path + ".commune",
            sector.getCode(), sector.getCommune()));
      }
      if (!districts.contains(sector.getDistrict())) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".district",
            sector.getDistrict(), "district"));
      }
      sector.getGrouping().filter(g -> !groupings.contains(g)).ifPresent(g -> report.addViolation(
          Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".grouping", g, "neighbourhood")));
      sourceRefs(report, path, sector.getSources(), sources);
    }

    // Groupings.
    for (int i = 0; i < data.getGroupings().size(); i++) {
      NeighbourhoodGrouping grouping = data.getGroupings().get(i);
      String path = "groupings[" + i + "]";
      if (grouping.getNames().find(Language.FR).isEmpty()) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_NAMES_MISSING, path + ".names", grouping.getKey()));
      } else if (grouping.getNames().find(Language.NL).isEmpty()) {
        report.addViolation(Violation.warning(TerritoryCodes.DATA_GROUPING_DUTCH_NAME_MISSING, path + ".names.nl",
            grouping.getNames().get(Language.FR)));
      }
      grouping.getCommunes().forEach(nis -> communeRef(report, path + ".communes", nis, communes));
      grouping.getPopulation().ifPresent(p -> populations(report, path, List.of(p), sources));
      sourceRefs(report, path, grouping.getSources(), sources);
    }

    // Open questions.
    for (int i = 0; i < data.getOpenQuestions().size(); i++) {
      OpenQuestion question = data.getOpenQuestions().get(i);
      String path = "openQuestions[" + i + "]";
      for (TerritoryRef subject : question.getSubjects()) {
        if (!exists(subject, data, communes, subMunicipalities, districts, sectors, groupings)) {
          report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".subjects",
              subject.toString(), subject.getLevel().code()));
        }
      }
      sourceRefs(report, path, question.getSources(), sources);
    }
    return report.build();
  }

  private static boolean exists(TerritoryRef ref, TerritoryData data, Set<String> communes,
      Set<String> subMunicipalities, Set<Integer> districts, Set<String> sectors, Set<String> groupings) {
    switch (ref.getLevel()) {
      case REGION:
        return data.getRegion().getCode().equals(ref.getCode());
      case BASSIN:
        return data.getBassins().stream().anyMatch(b -> b.getCode().code().equals(ref.getCode()));
      case COMMUNE:
        return communes.contains(ref.getCode());
      case SUB_MUNICIPALITY:
        return subMunicipalities.contains(ref.getCode());
      case DISTRICT:
        return ref.getCode().matches("\\d{1,9}") && districts.contains(Integer.valueOf(ref.getCode()));
      case SECTOR:
        return sectors.contains(ref.getCode());
      default:
        return groupings.contains(ref.getCode());
    }
  }

  private static void populationTotals(ValidationReport.Builder report, TerritoryData data) {
    for (Population total : data.getRegion().getPopulations()) {
      sumOf(data.getCommunes(), total.getYear()).ifPresent(sum -> {
        if (sum != total.getCount()) {
          report.addViolation(Violation.error(TerritoryCodes.DATA_POPULATION_MISMATCH, "region.populations",
              total.getCount(), total.getYear(), sum));
        }
      });
    }
    for (int i = 0; i < data.getBassins().size(); i++) {
      Bassin bassin = data.getBassins().get(i);
      List<Commune> members = new java.util.ArrayList<>();
      boolean wholeCommunesOnly = true;
      for (Commune commune : data.getCommunes()) {
        for (BassinMembership membership : commune.getBassins()) {
          if (membership.getBassin() == bassin.getCode()) {
            members.add(commune);
            wholeCommunesOnly &= membership.isWhole();
          }
        }
      }
      if (!wholeCommunesOnly || members.isEmpty()) {
        continue;
      }
      for (Population total : bassin.getPopulations()) {
        String path = "bassins[" + i + "].populations";
        sumOf(members, total.getYear()).ifPresent(sum -> {
          if (sum != total.getCount()) {
            report.addViolation(Violation.error(TerritoryCodes.DATA_POPULATION_MISMATCH, path, total.getCount(),
                total.getYear(), sum));
          }
        });
      }
    }
  }

  /**
   * Sums the populations of communes for a year, when every commune has one.
   *
   * @param communes the communes
   * @param year the year
   * @return the sum, empty when a commune lacks that year
   */
  public static java.util.OptionalLong sumOf(List<Commune> communes, int year) {
    long sum = 0;
    for (Commune commune : communes) {
      java.util.Optional<Population> population = commune.population(year);
      if (population.isEmpty()) {
        return java.util.OptionalLong.empty();
      }
      sum += population.get().getCount();
    }
    return communes.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(sum);
  }

  private static void populations(ValidationReport.Builder report, String path, List<Population> populations,
      Set<String> sources) {
    Set<Integer> years = new HashSet<>();
    for (Population population : populations) {
      if (!years.add(population.getYear())) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_POPULATION_DUPLICATE_YEAR, path + ".populations",
            population.getYear()));
      }
      if (!population.getSource().equals(Population.DERIVED_SOURCE) && !sources.contains(population.getSource())) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".populations",
            population.getSource(), "source"));
      }
    }
  }

  private static boolean communeRef(ValidationReport.Builder report, String path, String nis, Set<String> communes) {
    if (communes.contains(nis)) {
      return true;
    }
    report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path, nis, "commune"));
    return false;
  }

  private static void sourceRefs(ValidationReport.Builder report, String path, List<String> ids, Set<String> sources) {
    for (String id : ids) {
      if (!sources.contains(id)) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_UNKNOWN_REFERENCE, path + ".sources", id, "source"));
      }
    }
  }

  private static void officialNames(ValidationReport.Builder report, String path, LocalizedText names, Object code) {
    if (!names.hasOfficialLanguages()) {
      report.addViolation(Violation.error(TerritoryCodes.DATA_NAMES_MISSING, path + ".names", code));
    }
  }

  private static <T, K> Set<K> unique(ValidationReport.Builder report, String path, List<T> items,
      Function<T, K> key, String kind) {
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      K value = key.apply(items.get(i));
      if (!seen.add(value)) {
        report.addViolation(Violation.error(TerritoryCodes.DATA_DUPLICATE, path + "[" + i + "]", value, kind));
      }
    }
    return seen;
  }

  private static EnumSet<BassinCode> toEnumSet(Set<BassinCode> codes) {
    return codes.isEmpty() ? EnumSet.noneOf(BassinCode.class) : EnumSet.copyOf(codes);
  }
}
