package brussels.socialhealth.territory.internal;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.territory.Bassin;
import brussels.socialhealth.territory.BassinCode;
import brussels.socialhealth.territory.BassinMembership;
import brussels.socialhealth.territory.ClssStatus;
import brussels.socialhealth.territory.ClssWave;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.Confidence;
import brussels.socialhealth.territory.Coverage;
import brussels.socialhealth.territory.ImmutableTerritoryData;
import brussels.socialhealth.territory.MonitoringDistrict;
import brussels.socialhealth.territory.NeighbourhoodGrouping;
import brussels.socialhealth.territory.OpenQuestion;
import brussels.socialhealth.territory.Population;
import brussels.socialhealth.territory.PostalCodeArea;
import brussels.socialhealth.territory.Region;
import brussels.socialhealth.territory.Source;
import brussels.socialhealth.territory.StatisticalSector;
import brussels.socialhealth.territory.SubMunicipality;
import brussels.socialhealth.territory.TerritoryData;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Reads the embedded data set, a directory of CSV files under
 * {@code brussels/socialhealth/territory/data/<version>/} (format in {@code docs/territory.md}), into a
 * {@link TerritoryData}. The result is checked by the caller.
 */
public final class EmbeddedData {
  /** The version of the embedded data set the library ships. */
  public static final String VERSION = "2025.1";
  private static final String ROOT = "brussels/socialhealth/territory/data/";
  private static final int MAX_ROWS = 100_000;

  private final String directory;

  private EmbeddedData(String directory) {
    this.directory = directory;
  }

  /**
   * Reads the data set shipped with the library.
   *
   * @return the data, not yet checked
   * @throws IOException when a resource is missing or malformed
   */
  public static TerritoryData read() throws IOException {
    return read(ROOT + VERSION + "/");
  }

  /**
   * Reads a data set in the embedded format from a class-path directory.
   *
   * @param directory the resource directory, ending with {@code /}
   * @return the data, not yet checked
   * @throws IOException when a resource is missing or malformed
   */
  public static TerritoryData read(String directory) throws IOException {
    return new EmbeddedData(directory).readAll();
  }

  private TerritoryData readAll() throws IOException {
    Properties dataset = new Properties();
    try (Reader reader = open("dataset.properties")) {
      dataset.load(reader);
    }
    ImmutableTerritoryData.Builder data = TerritoryData.builder()
        .version(dataset.getProperty("version"))
        .compiledOn(LocalDate.parse(dataset.getProperty("compiledOn")))
        .description(dataset.getProperty("description"));
    for (Csv.Row row : table("sources.csv", ',')) {
      data.addSource(Source.builder().id(row.get("id")).title(row.get("title"))
          .urls(Csv.list(row.get("urls"))).date(row.find("date")).licence(row.find("licence"))
          .note(row.find("note")).build());
    }
    Csv.Row regionRow = table("region.csv", ',').get(0);
    data.region(Region.builder().code(regionRow.get("code"))
        .names(LocalizedText.of(regionRow.get("name_fr"), regionRow.get("name_nl"), regionRow.get("name_en")))
        .populations(populations(regionRow.get("populations"))).sources(Csv.list(regionRow.get("sources")))
        .build());
    for (Csv.Row row : table("bassins.csv", ',')) {
      data.addBassin(Bassin.builder().code(BassinCode.parse(row.get("code")))
          .names(names(row.get("name_fr"), row.get("name_nl"))).websites(Csv.list(row.get("websites")).stream().map(WebAddress::parse).collect(Collectors.toList()))
          .contacts(Csv.list(row.get("contacts")))
          .statedNeighbourhoodCount(row.find("stated_neighbourhood_count").map(Integer::valueOf))
          .populations(populations(row.get("populations"))).note(row.find("note"))
          .sources(Csv.list(row.get("sources"))).build());
    }
    Map<String, List<BassinMembership>> memberships = new LinkedHashMap<>();
    for (Csv.Row row : table("commune_bassins.csv", ',')) {
      memberships.computeIfAbsent(row.get("nis_code"), k -> new ArrayList<>()).add(BassinMembership.builder()
          .bassin(BassinCode.parse(row.get("bassin"))).coverage(Coverage.parse(row.get("coverage")))
          .part(row.find("part")).subMunicipalities(Csv.list(row.get("sub_municipalities")))
          .confidence(Confidence.parse(row.get("confidence"))).sources(Csv.list(row.get("sources"))).build());
    }
    for (Csv.Row row : table("communes.csv", ',')) {
      String nis = row.get("nis_code");
      data.addCommune(Commune.builder().nisCode(nis).names(names(row.get("name_fr"), row.get("name_nl")))
          .aliases(Csv.list(row.get("aliases"))).postalCodes(Csv.list(row.get("postal_codes")))
          .populations(populations(row.get("populations")))
          .bassins(memberships.getOrDefault(nis, List.of())).sources(Csv.list(row.get("sources"))).build());
    }
    for (Csv.Row row : table("postal_codes.csv", ',')) {
      Optional<LocalizedText> locality = row.find("locality_fr").map(fr -> names(fr, row.get("locality_nl")));
      data.addPostalCode(PostalCodeArea.builder().code(row.get("postal_code"))
          .communes(Csv.list(row.get("communes"))).locality(locality)
          .subMunicipality(row.find("sub_municipality")).confidence(Confidence.parse(row.get("confidence")))
          .sources(Csv.list(row.get("sources"))).build());
    }
    for (Csv.Row row : table("sub_municipalities.csv", ',')) {
      data.addSubMunicipality(SubMunicipality.builder().code(row.get("code")).commune(row.get("commune"))
          .names(names(row.get("name_fr"), row.get("name_nl")))
          .sectorCount(row.find("sector_count").map(Integer::valueOf))
          .sectorCountYear(row.find("sector_count_year").map(Integer::valueOf))
          .areaHectares(row.find("area_ha").map(Double::valueOf))
          .bassin(row.find("bassin").map(BassinCode::parse))
          .bassinConfidence(row.find("bassin_confidence").map(Confidence::parse))
          .sources(Csv.list(row.get("sources"))).build());
    }
    for (Csv.Row row : table("districts.csv", ',')) {
      data.addDistrict(MonitoringDistrict.builder().code(Integer.parseInt(row.get("code")))
          .names(names(row.get("name_fr"), row.get("name_nl"))).communes(Csv.list(row.get("communes")))
          .sectorCount(Integer.parseInt(row.get("sector_count"))).sources(Csv.list(row.get("sources"))).build());
    }
    String sectorSource = dataset.getProperty("sectors.source");
    for (Csv.Row row : table(dataset.getProperty("sectors.file"), ';')) {
      data.addSector(StatisticalSector.builder().code(row.get("secteurstatistique_code"))
          .names(names(row.get("secteurstatistique_nom_fr"), row.get("secteurstatistique_nom_nl")))
          .commune(row.get("commune_code")).district(Integer.parseInt(row.get("quartier_code")))
          .addSource(sectorSource).build());
    }
    for (Csv.Row row : table("groupings.csv", ',')) {
      ClssStatus status = ClssStatus.parse(row.get("clss_status"));
      data.addGrouping(NeighbourhoodGrouping.builder().key(row.get("key"))
          .number(row.find("number").map(Integer::valueOf))
          .names(names(row.get("name_fr"), row.get("name_nl"))).communes(Csv.list(row.get("communes")))
          .bassin(BassinCode.parse(row.get("bassin")))
          .population(populations(row.get("population")).stream().findFirst())
          .clssStatus(status).clssWave(row.find("clss_wave").map(ClssWave::parse)).note(row.find("note"))
          .sources(Csv.list(row.get("sources"))).build());
    }
    for (Csv.Row row : table("open_questions.csv", ',')) {
      brussels.socialhealth.territory.ImmutableOpenQuestion.Builder question = OpenQuestion.builder().id(row.get("id"))
          .description(row.get("description")).sources(Csv.list(row.get("sources")));
      for (String subject : Csv.list(row.get("subjects"))) {
        question.addSubject(TerritoryRef.parse(subject));
      }
      data.addOpenQuestion(question.build());
    }
    return data.build();
  }

  /**
   * Builds names from a French and a possibly empty Dutch text.
   *
   * @param french the French name; not blank
   * @param dutch the Dutch name, blank when unknown
   * @return the names
   */
  static LocalizedText names(String french, String dutch) {
    LocalizedText.Builder names = LocalizedText.builder();
    if (!french.isBlank()) {
      names.putValue(Language.FR, french.strip());
    }
    if (!dutch.isBlank()) {
      names.putValue(Language.NL, dutch.strip());
    }
    return names.build();
  }

  /**
   * Parses populations written {@code count@year@source[@derived]}, separated by {@code ;}.
   *
   * @param cell the cell
   * @return the populations
   */
  static List<Population> populations(String cell) {
    List<Population> populations = new ArrayList<>();
    for (String item : Csv.list(cell)) {
      String[] parts = item.split("@");
      if (parts.length < 3) {
        throw new IllegalArgumentException("population must be count@year@source: " + item);
      }
      populations.add(Population.builder().count(Long.parseLong(parts[0].strip()))
          .year(Integer.parseInt(parts[1].strip())).source(parts[2].strip())
          .derived(parts.length > 3 && parts[3].strip().equals("derived")).build());
    }
    return populations;
  }

  private List<Csv.Row> table(String file, char delimiter) throws IOException {
    try (Reader reader = open(file)) {
      return Csv.read(reader, delimiter, MAX_ROWS).rows();
    } catch (RuntimeException e) {
      throw new IOException(directory + file + ": " + e.getMessage(), e);
    }
  }

  private Reader open(String file) throws IOException {
    InputStream in = EmbeddedData.class.getClassLoader().getResourceAsStream(directory + file);
    if (in == null) {
      throw new IOException("missing resource " + directory + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
