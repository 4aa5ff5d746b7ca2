package brussels.socialhealth.territory;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.internal.Csv;
import brussels.socialhealth.territory.internal.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Observatoire de la Santé et du Social's table that maps each statistical sector to its
 * social-health neighbourhood grouping and bassin ({@code SS_QSS_2024}), saved as CSV with the columns
 * {@code CodeSector, QuartierSS_Gwwijk, NomQuartierSSFR, NaamGWwijkNL, BassinFR, ZoneNL} (comma- or
 * semicolon-separated, UTF-8; other columns are ignored). Applied to a territory with
 * {@link Territory#withObssTable(ObssTable)}, it completes the groupings and the sector-to-bassin answers.
 * Immutable and thread-safe once read.
 */
public final class ObssTable {
  /** The required columns, in the official order. */
  public static final List<String> COLUMNS =
      List.of("CodeSector", "QuartierSS_Gwwijk", "NomQuartierSSFR", "NaamGWwijkNL", "BassinFR", "ZoneNL");
  /** The id of the {@link Source} the applied table is recorded under. */
  public static final String SOURCE_ID = "obss-table";
  private static final int MAX_ROWS = 100_000;
  private static final Map<String, BassinCode> BASSIN_NAMES = bassinNames();

  /**
   * One row of the table, read and checked for form.
   */
  public static final class Row {
    private final long line;
    private final String sector;
    private final int number;
    private final String nameFr;
    private final String nameNl;
    private final BassinCode bassin;

    Row(long line, String sector, int number, String nameFr, String nameNl, BassinCode bassin) {
      this.line = line;
      this.sector = sector;
      this.number = number;
      this.nameFr = nameFr;
      this.nameNl = nameNl;
      this.bassin = bassin;
    }

    /**
     * Returns the line of the row in the file.
     *
     * @return the 1-based line
     */
    public long line() {
      return line;
    }

    /**
     * Returns the statistical sector code.
     *
     * @return the code
     */
    public String sector() {
      return sector;
    }

    /**
     * Returns the neighbourhood grouping's number.
     *
     * @return the number
     */
    public int number() {
      return number;
    }

    /**
     * Returns the grouping's names.
     *
     * @return French and Dutch names
     */
    public LocalizedText names() {
      return LocalizedText.of(nameFr, nameNl);
    }

    /**
     * Returns the bassin.
     *
     * @return the bassin
     */
    public BassinCode bassin() {
      return bassin;
    }
  }

  private final String name;
  private final List<Row> rows;

  private ObssTable(String name, List<Row> rows) {
    this.name = name;
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a table from a file.
   *
   * @param file the CSV file; not null
   * @return the table
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_UNREADABLE} for a malformed CSV,
   *     {@link TerritoryCodes#LOAD_INCONSISTENT} for missing columns or bad cells (the report gives line and
   *     column of each)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ObssTable read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a table from a stream (not closed).
   *
   * @param in the CSV text, UTF-8; not null
   * @param name a name for the table in reports and in the source it is recorded under
   * @return the table
   * @throws TerritoryLoadException as {@link #read(Path)}
   * @throws UncheckedIOException on a read error
   */
  public static ObssTable read(InputStream in, String name) {
    Csv.Table table;
    try {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.mark(1 << 16);
      String header = reader.readLine();
      reader.reset();
      char delimiter = header != null && header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
      table = Csv.read(reader, delimiter, MAX_ROWS);
    } catch (Csv.CsvException e) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_UNREADABLE, name, ValidationReport.of(List.of(
          Violation.error(TerritoryCodes.LOAD_UNREADABLE, "", name, e.getMessage()).at(e.line(), null))), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ValidationReport.Builder report = ValidationReport.builder();
    for (String column : COLUMNS) {
      if (!table.header().contains(column)) {
        report.addViolation(Violation.error(TerritoryCodes.OBSS_COLUMN_MISSING, "", column).at(1, column));
      }
    }
    if (!report.build().isValid()) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_INCONSISTENT, name, report.build(), null);
    }
    List<Row> rows = new ArrayList<>();
    for (Csv.Row row : table.rows()) {
      int errors = report.build().getErrorCount();
      for (String column : COLUMNS) {
        if (row.get(column).isEmpty()) {
          report.addViolation(Violation.error(TerritoryCodes.OBSS_VALUE_MISSING, "", column).at(row.line(), column));
        }
      }
      String sector = row.get("CodeSector").replace("\"", "").toUpperCase(java.util.Locale.ROOT);
      int number = 0;
      String numberText = row.get("QuartierSS_Gwwijk").replaceFirst("\\.0+$", "");
      if (!numberText.isEmpty()) {
        if (numberText.matches("\\d{1,6}") && Integer.parseInt(numberText) > 0) {
          number = Integer.parseInt(numberText);
        } else {
          report.addViolation(Violation.error(TerritoryCodes.OBSS_NUMBER_INVALID, "", numberText)
              .at(row.line(), "QuartierSS_Gwwijk"));
        }
      }
      BassinCode fr = bassinNamed(report, row, "BassinFR");
      BassinCode nl = bassinNamed(report, row, "ZoneNL");
      if (fr != null && nl != null && fr != nl) {
        report.addViolation(Violation.error(TerritoryCodes.OBSS_BASSIN_MISMATCH, "", row.get("BassinFR"),
            row.get("ZoneNL")).at(row.line(), "ZoneNL"));
      }
      if (report.build().getErrorCount() == errors) {
        rows.add(new Row(row.line(), sector, number, row.get("NomQuartierSSFR"), row.get("NaamGWwijkNL"), fr));
      }
    }
    ValidationReport built = report.build();
    if (!built.isValid()) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_INCONSISTENT, name, built, null);
    }
    return new ObssTable(name, rows);
  }

  private static BassinCode bassinNamed(ValidationReport.Builder report, Csv.Row row, String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return null;
    }
    BassinCode bassin = BASSIN_NAMES.get(Names.key(value));
    if (bassin == null) {
      report.addViolation(Violation.error(TerritoryCodes.OBSS_BASSIN_UNKNOWN, "", value).at(row.line(), column));
    }
    return bassin;
  }

  private static Map<String, BassinCode> bassinNames() {
    Map<String, BassinCode> names = new HashMap<>();
    String[][] table = {
        {"NORD", "nord", "noord"},
        {"NORD_EST", "nord est", "noord oost"},
        {"SUD", "sud", "zuid"},
        {"SUD_EST", "sud est", "zuid oost"},
        {"CENTRE_OUEST", "centre ouest", "centrum west"},
    };
    for (String[] entry : table) {
      BassinCode code = BassinCode.valueOf(entry[0]);
      names.put(entry[1], code);
      names.put(entry[2], code);
      names.put("bassin " + entry[1], code);
      names.put("zorgzone " + entry[2], code);
      names.put(Names.key(code.code()), code);
    }
    return Map.copyOf(names);
  }

  /**
   * Returns the name the table was read under.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the rows, in file order.
   *
   * @return an immutable list
   */
  public List<Row> rows() {
    return rows;
  }

  /** What the table says, indexed, after checking it against a territory. */
  private static final class Plan {
    final Map<String, Row> bySector = new LinkedHashMap<>();
    final Map<Integer, Row> firstOfNumber = new LinkedHashMap<>();
    final Map<Integer, TreeSet<String>> communesOfNumber = new HashMap<>();
    final ValidationReport report;

    Plan(List<Row> rows, Territory territory) {
      ValidationReport.Builder report = ValidationReport.builder();
      for (Row row : rows) {
        Optional<StatisticalSector> sector = territory.sector(row.sector);
        if (sector.isEmpty()) {
          report.addViolation(Violation.error(TerritoryCodes.OBSS_SECTOR_UNKNOWN, "", row.sector)
              .at(row.line, "CodeSector"));
          continue;
        }
        if (bySector.putIfAbsent(row.sector, row) != null) {
          report.addViolation(Violation.error(TerritoryCodes.OBSS_SECTOR_DUPLICATE, "", row.sector)
              .at(row.line, "CodeSector"));
          continue;
        }
        Row first = firstOfNumber.putIfAbsent(row.number, row);
        if (first != null && (!first.nameFr.equals(row.nameFr) || !first.nameNl.equals(row.nameNl)
            || first.bassin != row.bassin)) {
          report.addViolation(Violation.error(TerritoryCodes.OBSS_GROUPING_INCONSISTENT, "", row.number,
              first.line).at(row.line, "QuartierSS_Gwwijk"));
        }
        String commune = sector.get().getCommune();
        communesOfNumber.computeIfAbsent(row.number, n -> new TreeSet<>()).add(commune);
        if (!territory.bassinsOf(commune).contains(row.bassin)) {
          report.addViolation(Violation.warning(TerritoryCodes.OBSS_BASSIN_OUTSIDE_COMMUNE, "", row.sector,
              row.bassin.code(), commune).at(row.line, "BassinFR"));
        }
      }
      this.report = report.build();
    }
  }

  /**
   * Checks this table against a territory without applying it: unknown or repeated sectors and a number
   * given two names or two bassins are errors; a sector put in a bassin its commune is not known to belong
   * to is a warning (for example a sector of Bruxelles-Ville in Nord-Est, which no public source confirms
   * nor excludes).
   *
   * @param territory the territory; not null
   * @return the report, each entry with the line and column of the table
   */
  public ValidationReport checkAgainst(Territory territory) {
    return new Plan(rows, territory).report;
  }

  /**
   * Checks this table against a territory and builds the completed territory.
   *
   * @param territory the territory; not null
   * @return the completed territory
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_INCONSISTENT} if the table does not fit
   */
  Territory applyTo(Territory territory) {
    TerritoryData data = territory.getData();
    Plan plan = new Plan(rows, territory);
    if (!plan.report.isValid()) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_INCONSISTENT, name, plan.report, null);
    }
    Map<String, Row> bySector = plan.bySector;
    Map<Integer, Row> firstOfNumber = plan.firstOfNumber;
    Map<Integer, TreeSet<String>> communesOfNumber = plan.communesOfNumber;

    // Groupings: one per number, merged with a grouping already known by name in the same bassin.
    List<NeighbourhoodGrouping> remaining = new ArrayList<>(data.getGroupings());
    List<NeighbourhoodGrouping> fromTable = new ArrayList<>();
    for (Row row : firstOfNumber.values()) {
      ImmutableNeighbourhoodGrouping.Builder grouping = NeighbourhoodGrouping.builder()
          .key(Integer.toString(row.number)).number(row.number).names(row.names())
          .communes(communesOfNumber.get(row.number)).bassin(row.bassin).clssStatus(ClssStatus.UNKNOWN)
          .addSource(SOURCE_ID);
      Optional<NeighbourhoodGrouping> known = remaining.stream()
          .filter(g -> g.getBassin() == row.bassin && g.getNumber().map(n -> n == row.number).orElse(true))
          .filter(g -> Names.key(g.getNames().get(Language.FR)).equals(Names.key(row.nameFr)))
          .findFirst();
      if (known.isPresent()) {
        NeighbourhoodGrouping g = known.get();
        remaining.remove(g);
        grouping.clssStatus(g.getClssStatus()).clssWave(g.getClssWave()).note(g.getNote())
            .population(g.getPopulation()).addAllSources(g.getSources());
      }
      fromTable.add(grouping.build());
    }
    fromTable.addAll(remaining);

    List<StatisticalSector> sectors = new ArrayList<>();
    for (StatisticalSector sector : data.getSectors()) {
      Row row = bySector.get(sector.getCode());
      if (row == null) {
        sectors.add(sector);
        continue;
      }
      ImmutableStatisticalSector.Builder updated = ImmutableStatisticalSector.builder().from(sector)
          .grouping(Integer.toString(row.number)).bassin(row.bassin);
      if (!sector.getSources().contains(SOURCE_ID)) {
        updated.addSource(SOURCE_ID);
      }
      sectors.add(updated.build());
    }
    List<Source> sources = new ArrayList<>();
    data.getSources().stream().filter(s -> !s.getId().equals(SOURCE_ID)).forEach(sources::add);
    sources.add(Source.builder().id(SOURCE_ID)
        .title("Observatoire de la Santé et du Social, sector to neighbourhood grouping and bassin table (" + name + ")")
        .note("Loaded by the user with ObssTable; " + rows.size() + " sectors, " + firstOfNumber.size()
            + " groupings.")
        .build());
    TerritoryData completed = TerritoryData.builder().from(data).sources(sources).sectors(sectors)
        .groupings(fromTable).build();
    return Territory.of(completed);
  }
}
