package brussels.socialhealth.territory;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.internal.ConsistencyCheck;
import brussels.socialhealth.territory.internal.EmbeddedData;
import brussels.socialhealth.territory.internal.Names;
import brussels.socialhealth.territory.json.TerritoryJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Brussels territory registry: Region, bassins, communes, postal codes, neighbourhood groupings,
 * Bruxelles-Ville's sub-municipalities, IBSA Monitoring districts and statistical sectors, with look-ups
 * by code and by name, parent and child navigation, population roll-ups and the answer to "which bassin
 * serves this place?".
 *
 * <p>{@link #embedded()} is the real territory shipped in the jar (loaded once, lazily, from versioned
 * resources where every fact cites its source and date). {@link #load(Path)} reads the library's own JSON
 * territory format; {@link #withObssTable(ObssTable)} completes the neighbourhood groupings and the
 * sector-to-bassin answers from the Observatoire de la Santé et du Social's table. Every way in runs the
 * consistency check and refuses inconsistent data with a {@link TerritoryLoadException} carrying the
 * report.
 *
 * <p>Immutable and thread-safe. Methods never return null; absent answers are empty {@code Optional}s or
 * lists, and a bassin question is answered by a {@link BassinAnswer} that is found, ambiguous or unknown,
 * never a silent guess.
 */
public final class Territory {
  private final TerritoryData data;
  private final Map<String, Source> sources;
  private final Map<BassinCode, Bassin> bassins = new EnumMap<>(BassinCode.class);
  private final Map<String, Commune> communes;
  private final Map<String, PostalCodeArea> postalCodes;
  private final Map<String, SubMunicipality> subMunicipalities;
  private final Map<Integer, MonitoringDistrict> districts;
  private final Map<String, StatisticalSector> sectors;
  private final Map<String, NeighbourhoodGrouping> groupings;
  private final Map<Integer, NeighbourhoodGrouping> groupingsByNumber = new HashMap<>();
  private final Map<BassinCode, List<Commune>> communesByBassin = new EnumMap<>(BassinCode.class);
  private final Map<String, List<StatisticalSector>> sectorsByParent = new HashMap<>();
  private final Map<String, List<NeighbourhoodGrouping>> groupingsByParent = new HashMap<>();
  private final Map<String, List<MonitoringDistrict>> districtsByCommune = new HashMap<>();
  private final Map<String, List<TerritorialUnit>> byName = new HashMap<>();
  private final Map<String, List<PostalCodeArea>> localities = new HashMap<>();

  private Territory(TerritoryData data) {
    this.data = data;
    this.sources = index(data.getSources(), Source::getId);
    data.getBassins().forEach(b -> bassins.put(b.getCode(), b));
    this.communes = index(data.getCommunes(), Commune::getNisCode);
    this.postalCodes = index(data.getPostalCodes(), PostalCodeArea::getCode);
    this.subMunicipalities = index(data.getSubMunicipalities(), SubMunicipality::getCode);
    this.districts = index(data.getDistricts(), MonitoringDistrict::getCode);
    this.sectors = index(data.getSectors(), StatisticalSector::getCode);
    this.groupings = index(data.getGroupings(), NeighbourhoodGrouping::getKey);
    for (BassinCode code : BassinCode.values()) {
      communesByBassin.put(code, new ArrayList<>());
    }
    for (Commune commune : data.getCommunes()) {
      commune.bassinCodes().forEach(b -> communesByBassin.get(b).add(commune));
    }
    for (StatisticalSector sector : data.getSectors()) {
      add(sectorsByParent, TerritoryRef.commune(sector.getCommune()).toString(), sector);
      add(sectorsByParent, TerritoryRef.of(TerritorialLevel.DISTRICT, Integer.toString(sector.getDistrict()))
          .toString(), sector);
      add(sectorsByParent, TerritoryRef.of(TerritorialLevel.SUB_MUNICIPALITY, sector.subMunicipalityCode())
          .toString(), sector);
      sector.getGrouping().ifPresent(g -> add(sectorsByParent,
          TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, g).toString(), sector));
    }
    for (NeighbourhoodGrouping grouping : data.getGroupings()) {
      grouping.getNumber().ifPresent(n -> groupingsByNumber.put(n, grouping));
      add(groupingsByParent, grouping.getBassin().toRef().toString(), grouping);
      grouping.getCommunes().forEach(nis -> add(groupingsByParent, TerritoryRef.commune(nis).toString(), grouping));
    }
    for (MonitoringDistrict district : data.getDistricts()) {
      district.getCommunes().forEach(nis -> add(districtsByCommune, nis, district));
    }
    indexName(data.getRegion(), data.getRegion().getNames().getValues().values());
    for (Bassin bassin : data.getBassins()) {
      Set<String> names = new LinkedHashSet<>(bassin.getNames().getValues().values());
      for (String name : bassin.getNames().getValues().values()) {
        names.add(name.replaceFirst("^(Bassin|Zorgzone)\\s+", ""));
      }
      names.add(bassin.getCode().code());
      indexName(bassin, names);
    }
    for (Commune commune : data.getCommunes()) {
      Set<String> names = new LinkedHashSet<>(commune.getNames().getValues().values());
      names.addAll(commune.getAliases());
      indexName(commune, names);
    }
    for (NeighbourhoodGrouping grouping : data.getGroupings()) {
      indexName(grouping, grouping.getNames().getValues().values());
    }
    for (SubMunicipality sub : data.getSubMunicipalities()) {
      indexName(sub, sub.getNames().getValues().values());
    }
    for (MonitoringDistrict district : data.getDistricts()) {
      indexName(district, district.getNames().getValues().values());
    }
    for (StatisticalSector sector : data.getSectors()) {
      indexName(sector, sector.getNames().getValues().values());
    }
    for (PostalCodeArea area : data.getPostalCodes()) {
      area.getLocality().ifPresent(l -> l.getValues().values().stream().map(Names::key).distinct()
          .forEach(key -> add(localities, key, area)));
    }
  }

  private void indexName(TerritorialUnit unit, Collection<String> names) {
    names.stream().map(Names::key).filter(k -> !k.isEmpty()).distinct().forEach(key -> add(byName, key, unit));
  }

  private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    values.forEach(v -> map.putIfAbsent(key.apply(v), v));
    return Collections.unmodifiableMap(map);
  }

  // ---------------------------------------------------------------------------------------------
  // Construction

  private static final Object EMBEDDED_LOCK = new Object();
  private static volatile Territory embeddedInstance;

  private static final class Embedded {
    private Embedded() {}

    static Territory loadEmbedded() {
      TerritoryData data;
      try {
        data = EmbeddedData.read();
      } catch (IOException | RuntimeException e) {
        throw new TerritoryLoadException(TerritoryCodes.LOAD_UNREADABLE, "embedded:" + EmbeddedData.VERSION,
            ValidationReport.of(List.of(Violation.error(TerritoryCodes.LOAD_UNREADABLE, "",
                "embedded:" + EmbeddedData.VERSION, String.valueOf(e.getMessage())))), e);
      }
      return of(data, "embedded:" + EmbeddedData.VERSION);
    }
  }

  /**
   * Returns the real Brussels territory shipped in the jar (data version {@code 2025.1}): loaded and
   * checked once, on first use.
   *
   * @return the shared registry
   * @throws TerritoryLoadException if the embedded resources are missing or inconsistent (a packaging
   *     error)
   */
  public static Territory embedded() {
    Territory territory = embeddedInstance;
    if (territory == null) {
      synchronized (EMBEDDED_LOCK) {
        territory = embeddedInstance;
        if (territory == null) {
          territory = Embedded.loadEmbedded();
          embeddedInstance = territory;
        }
      }
    }
    return territory;
  }

  /**
   * Reads and checks the embedded data again, into a new registry. Applications use {@link #embedded()},
   * which does this once; this method is for tools and benchmarks that measure the loading.
   *
   * @return a new registry equal in content to {@link #embedded()}
   * @throws TerritoryLoadException if the embedded resources are missing or inconsistent
   */
  public static Territory loadEmbedded() {
    return Embedded.loadEmbedded();
  }

  /**
   * Checks a data set and builds a registry from it.
   *
   * @param data the data; not null
   * @return the registry
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_INCONSISTENT} with the report if the data is
   *     inconsistent
   */
  public static Territory of(TerritoryData data) {
    return of(data, "data");
  }

  private static Territory of(TerritoryData data, String input) {
    ValidationReport report = check(data);
    if (!report.isValid()) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_INCONSISTENT, input, report, null);
    }
    return new Territory(data);
  }

  /**
   * Runs the consistency check on a data set without building a registry: unique codes, the five
   * bassins, every commune in at least one bassin, every sector in one known commune, population totals
   * equal to the sum of their parts for the same year, official names in French and Dutch (a grouping
   * without Dutch name is a warning), every reference resolvable.
   *
   * @param data the data; not null
   * @return the report, valid when {@link #of(TerritoryData)} would accept the data
   */
  public static ValidationReport check(TerritoryData data) {
    return ConsistencyCheck.check(Objects.requireNonNull(data, "data"));
  }

  /**
   * Reads a territory file in the library's JSON format ({@code docs/territory.md}).
   *
   * @param file the file; not null
   * @return the registry
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_UNREADABLE} if the file is not valid JSON of
   *     that format (the report gives line and column), {@link TerritoryCodes#LOAD_INCONSISTENT} if the data
   *     is inconsistent
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Territory load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a territory document in the library's JSON format from a stream (not closed).
   *
   * @param in the stream; not null
   * @return the registry
   * @throws TerritoryLoadException as {@link #load(Path)}
   */
  public static Territory load(InputStream in) {
    return load(in, "stream");
  }

  private static Territory load(InputStream in, String name) {
    return of(TerritoryJson.read(in, name), name);
  }

  /**
   * Writes this territory in the library's JSON format (the stream is not closed).
   *
   * @param out the stream; not null
   * @throws UncheckedIOException on a write error
   */
  public void writeJson(OutputStream out) {
    TerritoryJson.write(data, out);
  }

  /**
   * Returns a registry whose groupings and sector answers are completed by an OBSS table: each sector of
   * the table gets its grouping and bassin, each grouping number becomes a grouping (merged with a
   * grouping already known by name in the same bassin). This registry is unchanged.
   *
   * @param table the table; not null
   * @return the completed registry
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_INCONSISTENT} if the table does not fit this
   *     territory (unknown sectors, one number with two names), with the report
   */
  public Territory withObssTable(ObssTable table) {
    return table.applyTo(this);
  }

  // ---------------------------------------------------------------------------------------------
  // Plain look-ups

  /**
   * Returns every fact of this territory, as written by {@link #writeJson(OutputStream)}.
   *
   * @return the data
   */
  public TerritoryData getData() {
    return data;
  }

  /**
   * Returns the version of the data, for example {@code 2025.1}.
   *
   * @return the version
   */
  public String version() {
    return data.getVersion();
  }

  /**
   * Returns a source by id.
   *
   * @param id the id; null gives empty
   * @return the source
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(id == null ? null : sources.get(id));
  }

  /**
   * Returns the Region.
   *
   * @return the region
   */
  public Region region() {
    return data.getRegion();
  }

  /**
   * Returns the five bassins.
   *
   * @return an immutable list, in the order of {@link BassinCode}
   */
  public List<Bassin> bassins() {
    return List.copyOf(bassins.values());
  }

  /**
   * Returns a bassin.
   *
   * @param code the code; not null
   * @return the bassin (a consistent territory has all five)
   */
  public Bassin bassin(BassinCode code) {
    return bassins.get(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the communes, by NIS code.
   *
   * @return an immutable list
   */
  public List<Commune> communes() {
    return List.copyOf(communes.values());
  }

  /**
   * Returns a commune by NIS code.
   *
   * @param nisCode the NIS code, for example {@code 21004}; null gives empty
   * @return the commune
   */
  public Optional<Commune> commune(String nisCode) {
    return Optional.ofNullable(nisCode == null ? null : communes.get(nisCode.strip()));
  }

  /**
   * Returns the communes a postal code is used in (two for 1040 and 1050).
   *
   * @param postalCode the postal code; null gives an empty list
   * @return an immutable list, empty when the code is not a postal code of the Region
   */
  public List<Commune> communesByPostalCode(String postalCode) {
    return postalCode(postalCode).map(a -> a.getCommunes().stream().map(communes::get)
        .collect(Collectors.toUnmodifiableList())).orElse(List.of());
  }

  /**
   * Returns a postal code of the Region.
   *
   * @param postalCode the code, for example {@code 1040}; null gives empty
   * @return the postal code area
   */
  public Optional<PostalCodeArea> postalCode(String postalCode) {
    return Optional.ofNullable(postalCode == null ? null : postalCodes.get(postalCode.strip()));
  }

  /**
   * Returns the postal codes of the Region.
   *
   * @return an immutable list
   */
  public List<PostalCodeArea> postalCodes() {
    return List.copyOf(postalCodes.values());
  }

  /**
   * Returns the statistical sectors.
   *
   * @return an immutable list
   */
  public List<StatisticalSector> sectors() {
    return List.copyOf(sectors.values());
  }

  /**
   * Returns a statistical sector.
   *
   * @param code the code, for example {@code 21004A001}; case is ignored; null gives empty
   * @return the sector
   */
  public Optional<StatisticalSector> sector(String code) {
    return Optional.ofNullable(code == null ? null : sectors.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * Returns the IBSA Monitoring districts.
   *
   * @return an immutable list
   */
  public List<MonitoringDistrict> districts() {
    return List.copyOf(districts.values());
  }

  /**
   * Returns a Monitoring district.
   *
   * @param code the MDRC code
   * @return the district
   */
  public Optional<MonitoringDistrict> district(int code) {
    return Optional.ofNullable(districts.get(code));
  }

  /**
   * Returns the sub-municipalities known (Bruxelles-Ville's seven).
   *
   * @return an immutable list
   */
  public List<SubMunicipality> subMunicipalities() {
    return List.copyOf(subMunicipalities.values());
  }

  /**
   * Returns a sub-municipality.
   *
   * @param code the code, for example {@code 21004E}; null gives empty
   * @return the sub-municipality
   */
  public Optional<SubMunicipality> subMunicipality(String code) {
    return Optional.ofNullable(code == null ? null : subMunicipalities.get(code.strip()));
  }

  /**
   * Returns the neighbourhood groupings known (only those named in public sources, unless an OBSS table
   * was applied).
   *
   * @return an immutable list
   */
  public List<NeighbourhoodGrouping> groupings() {
    return List.copyOf(groupings.values());
  }

  /**
   * Returns a grouping by key.
   *
   * @param key the key ({@link NeighbourhoodGrouping#getKey()}); null gives empty
   * @return the grouping
   */
  public Optional<NeighbourhoodGrouping> grouping(String key) {
    return Optional.ofNullable(key == null ? null : groupings.get(key.strip()));
  }

  /**
   * Returns a grouping by official number.
   *
   * @param number the number
   * @return the grouping; empty when no grouping with that number is known
   */
  public Optional<NeighbourhoodGrouping> groupingByNumber(int number) {
    return Optional.ofNullable(groupingsByNumber.get(number));
  }

  /**
   * Returns the CLSS priority neighbourhoods.
   *
   * @return an immutable list
   */
  public List<NeighbourhoodGrouping> clssNeighbourhoods() {
    return groupings.values().stream().filter(NeighbourhoodGrouping::isClss).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the facts the sources do not give.
   *
   * @return an immutable list
   */
  public List<OpenQuestion> openQuestions() {
    return data.getOpenQuestions();
  }

  /**
   * Returns the unit a reference names.
   *
   * @param ref the reference; not null
   * @return the unit, empty when this territory has none with that code
   */
  public Optional<TerritorialUnit> resolve(TerritoryRef ref) {
    String code = ref.getCode();
    switch (ref.getLevel()) {
      case REGION:
        return region().getCode().equals(code) ? Optional.of(region()) : Optional.empty();
      case BASSIN:
        try {
          return Optional.ofNullable(bassins.get(BassinCode.parse(code)));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      case COMMUNE:
        return commune(code).map(TerritorialUnit.class::cast);
      case NEIGHBOURHOOD:
        return grouping(code).map(TerritorialUnit.class::cast);
      case SUB_MUNICIPALITY:
        return subMunicipality(code).map(TerritorialUnit.class::cast);
      case DISTRICT:
        return code.matches("\\d{1,9}") ? district(Integer.parseInt(code)).map(TerritorialUnit.class::cast)
            : Optional.empty();
      case SECTOR:
        return sector(code).map(TerritorialUnit.class::cast);
      default:
        return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Names

  /**
   * Finds the units with a name, in French or Dutch, ignoring case, accents, hyphens and apostrophes and
   * accepting the usual abbreviations ({@code St-Gilles}, {@code Ste}, {@code Bxl}) and usual short forms
   * ({@code Molenbeek}, {@code Sint-Joost}, {@code Bruxelles-Ville}). Bassins are also found by their name
   * without "Bassin" / "Zorgzone" ({@code Sud-Est}, {@code Zuid-Oost}).
   *
   * @param name the name; null gives an empty list
   * @return an immutable list, widest levels first (bassins, communes, neighbourhoods, sub-municipalities,
   *     districts, sectors); several units may share a name
   */
  public List<TerritorialUnit> findByName(String name) {
    List<TerritorialUnit> found = byName.getOrDefault(Names.key(name), List.of());
    return found.stream().sorted((a, b) -> b.level().compareTo(a.level())).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds the communes with a name, as {@link #findByName(String)}.
   *
   * @param name the name; null gives an empty list
   * @return an immutable list, usually of zero or one commune
   */
  public List<Commune> communesNamed(String name) {
    return findByName(name).stream().filter(Commune.class::isInstance).map(Commune.class::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Finds the communes a municipality name designates: the communes with that name (as
   * {@link #communesNamed(String)}), or when there is none, the communes holding a sub-municipality or a
   * postal locality with that name ({@code Laeken}, {@code Neder-Over-Heembeek}: Bruxelles).
   *
   * @param name the name, in French or Dutch; null finds nothing
   * @return the communes, in registry order of discovery; empty when nothing has that name
   */
  public List<Commune> communesOfPlace(String name) {
    List<Commune> named = communesNamed(name);
    if (!named.isEmpty() || name == null) {
      return named;
    }
    Set<Commune> communes = new LinkedHashSet<>();
    for (TerritorialUnit unit : findByName(name)) {
      if (unit instanceof SubMunicipality) {
        commune(((SubMunicipality) unit).getCommune()).ifPresent(communes::add);
      }
    }
    for (PostalCodeArea area : localities.getOrDefault(Names.key(name), List.of())) {
      area.getCommunes().forEach(nis -> commune(nis).ifPresent(communes::add));
    }
    return List.copyOf(communes);
  }

  /**
   * Returns the commune with a name, when exactly one has it.
   *
   * @param name the name; null gives empty
   * @return the commune
   */
  public Optional<Commune> communeNamed(String name) {
    List<Commune> found = communesNamed(name);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Navigation

  /**
   * Returns the bassins a commune belongs to, wholly or in part.
   *
   * @param nisCode the NIS code
   * @return an immutable list, empty for an unknown commune
   */
  public List<BassinCode> bassinsOf(String nisCode) {
    return commune(nisCode).map(Commune::bassinCodes).orElse(List.of());
  }

  /**
   * Returns the communes that belong, wholly or in part, to a bassin.
   *
   * @param bassin the bassin; not null
   * @return an immutable list
   */
  public List<Commune> communesOf(BassinCode bassin) {
    return List.copyOf(communesByBassin.get(bassin));
  }

  /**
   * Returns the units directly above a unit. The tree is not strict, so there may be several:
   * <ul>
   *   <li>bassin: the Region;</li>
   *   <li>commune: its bassins (Bruxelles-Ville has several);</li>
   *   <li>neighbourhood: its communes, then its bassin;</li>
   *   <li>sub-municipality: its commune, then its bassin when known;</li>
   *   <li>district: the communes it crosses;</li>
   *   <li>sector: its commune, sub-municipality (when known), district and neighbourhood (when known).</li>
   * </ul>
   *
   * @param ref the unit; not null
   * @return an immutable list, empty for the Region or an unknown unit
   */
  public List<TerritoryRef> parents(TerritoryRef ref) {
    Optional<TerritorialUnit> unit = resolve(ref);
    if (unit.isEmpty()) {
      return List.of();
    }
    List<TerritoryRef> parents = new ArrayList<>();
    TerritorialUnit u = unit.get();
    if (u instanceof Bassin) {
      parents.add(region().toRef());
    } else if (u instanceof Commune) {
      ((Commune) u).bassinCodes().forEach(b -> parents.add(b.toRef()));
    } else if (u instanceof NeighbourhoodGrouping) {
      NeighbourhoodGrouping g = (NeighbourhoodGrouping) u;
      g.getCommunes().forEach(nis -> parents.add(TerritoryRef.commune(nis)));
      parents.add(g.getBassin().toRef());
    } else if (u instanceof SubMunicipality) {
      SubMunicipality s = (SubMunicipality) u;
      parents.add(TerritoryRef.commune(s.getCommune()));
      s.getBassin().ifPresent(b -> parents.add(b.toRef()));
    } else if (u instanceof MonitoringDistrict) {
      ((MonitoringDistrict) u).getCommunes().forEach(nis -> parents.add(TerritoryRef.commune(nis)));
    } else if (u instanceof StatisticalSector) {
      StatisticalSector s = (StatisticalSector) u;
      parents.add(TerritoryRef.commune(s.getCommune()));
      subMunicipality(s.subMunicipalityCode()).ifPresent(sub -> parents.add(sub.toRef()));
      parents.add(TerritoryRef.of(TerritorialLevel.DISTRICT, Integer.toString(s.getDistrict())));
      s.getGrouping().ifPresent(g -> parents.add(TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, g)));
    }
    return List.copyOf(parents);
  }

  /**
   * Returns the units directly below a unit:
   * <ul>
   *   <li>Region: the bassins;</li>
   *   <li>bassin: its communes (whole or part), then its known neighbourhoods;</li>
   *   <li>commune: its sub-municipalities, known neighbourhoods, then the districts that cross it;</li>
   *   <li>neighbourhood, sub-municipality, district: their statistical sectors;</li>
   *   <li>sector: none.</li>
   * </ul>
   *
   * @param ref the unit; not null
   * @return an immutable list, empty for a sector or an unknown unit
   */
  public List<TerritoryRef> children(TerritoryRef ref) {
    Optional<TerritorialUnit> unit = resolve(ref);
    if (unit.isEmpty()) {
      return List.of();
    }
    TerritorialUnit u = unit.get();
    List<TerritoryRef> children = new ArrayList<>();
    String key = u.toRef().toString();
    if (u instanceof Region) {
      bassins.keySet().forEach(b -> children.add(b.toRef()));
    } else if (u instanceof Bassin) {
      communesByBassin.get(((Bassin) u).getCode()).forEach(c -> children.add(c.toRef()));
      groupingsByParent.getOrDefault(key, List.of()).forEach(g -> children.add(g.toRef()));
    } else if (u instanceof Commune) {
      String nis = ((Commune) u).getNisCode();
      subMunicipalities.values().stream().filter(s -> s.getCommune().equals(nis))
          .forEach(s -> children.add(s.toRef()));
      groupingsByParent.getOrDefault(key, List.of()).forEach(g -> children.add(g.toRef()));
      districtsByCommune.getOrDefault(nis, List.of()).forEach(d -> children.add(d.toRef()));
    } else if (!(u instanceof StatisticalSector)) {
      sectorsByParent.getOrDefault(key, List.of()).forEach(s -> children.add(s.toRef()));
    }
    return List.copyOf(children);
  }

  /**
   * Returns the statistical sectors that lie in a unit: all of them for the Region; for a bassin, those
   * whose {@linkplain #bassinFor(TerritoryRef) answer} is that bassin; the sectors of a commune, a
   * sub-municipality, a district or a neighbourhood; a sector itself.
   *
   * @param ref the unit; not null
   * @return an immutable list
   */
  public List<StatisticalSector> sectorsOf(TerritoryRef ref) {
    switch (ref.getLevel()) {
      case REGION:
        return resolve(ref).isPresent() ? sectors() : List.of();
      case BASSIN:
        return sectors.values().stream()
            .filter(s -> bassinForSector(s.getCode()).getBassin().map(b -> b.code().equals(ref.getCode()))
                .orElse(false))
            .collect(Collectors.toUnmodifiableList());
      case SECTOR:
        return sector(ref.getCode()).map(List::of).orElse(List.of());
      default:
        return List.copyOf(sectorsByParent.getOrDefault(ref.toString(), List.of()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Populations

  /**
   * Returns the population of a unit for a year: the published figure when there is one, otherwise, for
   * the Region and for a bassin made of whole communes, the sum of its communes' figures of that year
   * (marked {@linkplain Population#isDerived() derived}). A bassin with part of a commune (Nord, Sud,
   * Centre-Ouest) has no derived total: the part's population is not known.
   *
   * @param ref the unit; not null
   * @param year the year
   * @return the population, empty when not known for that year
   */
  public Optional<Population> population(TerritoryRef ref, int year) {
    Optional<TerritorialUnit> unit = resolve(ref);
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    TerritorialUnit u = unit.get();
    if (u instanceof Commune) {
      return ((Commune) u).population(year);
    }
    if (u instanceof NeighbourhoodGrouping) {
      return ((NeighbourhoodGrouping) u).getPopulation().filter(p -> p.getYear() == year);
    }
    if (u instanceof Region) {
      return ((Region) u).population(year).or(() -> derived(communes(), year));
    }
    if (u instanceof Bassin) {
      Bassin bassin = (Bassin) u;
      Optional<Population> published = bassin.population(year);
      if (published.isPresent()) {
        return published;
      }
      boolean whole = communesByBassin.get(bassin.getCode()).stream().allMatch(c -> !c.isSplit());
      return whole ? derived(communesByBassin.get(bassin.getCode()), year) : Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Population> derived(List<Commune> parts, int year) {
    OptionalLong sum = ConsistencyCheck.sumOf(parts, year);
    if (sum.isEmpty()) {
      return Optional.empty();
    }
    Set<String> sources = parts.stream().map(c -> c.population(year).get().getSource())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    return Optional.of(Population.builder().count(sum.getAsLong()).year(year).source(Population.DERIVED_SOURCE)
        .derived(true).note("sum of " + parts.size() + " communes (" + String.join(", ", sources) + ")").build());
  }

  // ---------------------------------------------------------------------------------------------
  // Which bassin serves this place?

  /**
   * Answers which bassin serves a commune.
   *
   * @param nisCode the NIS code; null is unknown
   * @return found for a commune wholly in one bassin; ambiguous for Bruxelles-Ville; unknown otherwise
   */
  public BassinAnswer bassinForCommune(String nisCode) {
    String query = String.valueOf(nisCode).strip();
    Optional<Commune> commune = commune(nisCode);
    if (commune.isEmpty()) {
      return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, List.of());
    }
    return communeAnswer(query, commune.get(), List.of());
  }

  private BassinAnswer communeAnswer(String query, Commune commune, List<TerritoryRef> before) {
    List<TerritoryRef> via = concat(before, commune.toRef());
    if (!commune.isSplit()) {
      BassinMembership membership = commune.getBassins().get(0);
      return BassinAnswer.found(query, membership.getBassin(), TerritoryCodes.ANSWER_WHOLE_COMMUNE,
          membership.getConfidence(), via);
    }
    if (commune.getBassins().size() == 1) {
      return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_COMMUNE_PARTLY_KNOWN, via);
    }
    return BassinAnswer.ambiguous(query, commune.bassinCodes(), TerritoryCodes.ANSWER_COMMUNE_SPLIT, via);
  }

  /**
   * Answers which bassin serves a postal code: found when every commune using it lies wholly in the same
   * bassin, or when it names a locality the sources place (1020 Laeken: Nord, medium confidence);
   * ambiguous for 1000 (Bruxelles-Ville is split) and for 1040 and 1050 (two communes); unknown for a code
   * that is not a postal code of the Region.
   *
   * @param postalCode the postal code; null is unknown
   * @return the answer
   */
  public BassinAnswer bassinForPostalCode(String postalCode) {
    String query = String.valueOf(postalCode).strip();
    Optional<PostalCodeArea> area = postalCode(postalCode);
    if (area.isEmpty()) {
      return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, List.of());
    }
    Optional<BassinAnswer> locality = localityAnswer(query, area.get(), List.of());
    if (locality.isPresent()) {
      return locality.get();
    }
    List<Commune> used = communesByPostalCode(query);
    if (used.size() == 1) {
      return communeAnswer(query, used.get(0), List.of());
    }
    List<TerritoryRef> via = used.stream().map(Commune::toRef).collect(Collectors.toList());
    Set<BassinCode> candidates = EnumSet.noneOf(BassinCode.class);
    used.forEach(c -> candidates.addAll(c.bassinCodes()));
    if (candidates.size() == 1 && used.stream().noneMatch(Commune::isSplit)) {
      Confidence confidence = used.stream().map(c -> c.getBassins().get(0).getConfidence())
          .reduce(Confidence.HIGH, Confidence::min);
      return BassinAnswer.found(query, candidates.iterator().next(), TerritoryCodes.ANSWER_WHOLE_COMMUNE,
          confidence, via);
    }
    return BassinAnswer.ambiguous(query, List.copyOf(candidates), TerritoryCodes.ANSWER_POSTAL_CODE_SHARED, via);
  }

  private Optional<BassinAnswer> localityAnswer(String query, PostalCodeArea area, List<TerritoryRef> before) {
    Optional<SubMunicipality> sub = area.getSubMunicipality().flatMap(this::subMunicipality);
    if (sub.isEmpty() || sub.get().getBassin().isEmpty()) {
      return Optional.empty();
    }
    Confidence confidence = area.getConfidence().min(sub.get().getBassinConfidence().orElse(Confidence.LOW));
    return Optional.of(BassinAnswer.found(query, sub.get().getBassin().get(), TerritoryCodes.ANSWER_POSTAL_LOCALITY,
        confidence, concat(before, sub.get().toRef())));
  }

  /**
   * Answers which bassin serves a statistical sector: the OBSS table's bassin when one was applied
   * (high confidence); the commune's bassin when the commune lies wholly in one; for Bruxelles-Ville, Nord
   * for the sectors of Laeken, Neder-Over-Heembeek and Haren (21004E, F, G; medium confidence, because
   * neighbourhood boundaries may not follow sub-municipality boundaries), ambiguous for the others.
   *
   * @param sectorCode the sector code; null is unknown
   * @return the answer
   */
  public BassinAnswer bassinForSector(String sectorCode) {
    String query = String.valueOf(sectorCode).strip();
    Optional<StatisticalSector> sector = sector(sectorCode);
    if (sector.isEmpty()) {
      return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_SECTOR_UNKNOWN, List.of());
    }
    StatisticalSector s = sector.get();
    List<TerritoryRef> via = List.of(s.toRef());
    if (s.getBassin().isPresent()) {
      return BassinAnswer.found(query, s.getBassin().get(), TerritoryCodes.ANSWER_OBSS_TABLE, Confidence.HIGH, via);
    }
    Commune commune = communes.get(s.getCommune());
    if (commune.isSplit()) {
      Optional<SubMunicipality> sub = subMunicipality(s.subMunicipalityCode());
      if (sub.isPresent() && sub.get().getBassin().isPresent()) {
        return BassinAnswer.found(query, sub.get().getBassin().get(), TerritoryCodes.ANSWER_SUB_MUNICIPALITY,
            sub.get().getBassinConfidence().orElse(Confidence.LOW), concat(via, sub.get().toRef()));
      }
    }
    return communeAnswer(query, commune, via);
  }

  /**
   * Answers which bassin serves an address given by its postal code and municipality (a commune name in
   * French or Dutch, a usual short form, or a locality such as Laeken). Either part may be blank, not both.
   * The two must agree: a postal code not used in the named commune is unknown, never guessed. For a
   * commune wholly in one bassin the answer is found (1040 Etterbeek: Sud-Est); for Bruxelles-Ville it is
   * found only for a placed locality (1020 Bruxelles: Nord) and ambiguous otherwise (1000 Bruxelles).
   *
   * @param postalCode the postal code, may be null or blank
   * @param municipality the municipality, may be null or blank
   * @return the answer
   */
  public BassinAnswer bassinForAddress(String postalCode, String municipality) {
    String code = postalCode == null ? "" : postalCode.strip();
    String place = municipality == null ? "" : municipality.strip();
    String query = (code + " " + place).strip();
    if (place.isEmpty()) {
      return code.isEmpty() ? BassinAnswer.unknown(query, TerritoryCodes.ANSWER_UNIT_UNKNOWN, List.of())
          : bassinForPostalCode(code);
    }
    List<Commune> named = communesNamed(place);
    if (named.isEmpty()) {
      List<PostalCodeArea> areas = localities.getOrDefault(Names.key(place), List.of());
      if (areas.size() == 1) {
        PostalCodeArea area = areas.get(0);
        if (!code.isEmpty() && !code.equals(area.getCode())) {
          return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_POSTAL_CODE_COMMUNE_MISMATCH, List.of());
        }
        return localityAnswer(query, area, List.of()).orElseGet(() -> BassinAnswer.unknown(query,
            TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, List.of()));
      }
      return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, List.of());
    }
    if (!code.isEmpty()) {
      named = named.stream().filter(c -> c.getPostalCodes().contains(code)).collect(Collectors.toList());
      if (named.isEmpty()) {
        return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_POSTAL_CODE_COMMUNE_MISMATCH,
            communesNamed(place).stream().map(Commune::toRef).collect(Collectors.toList()));
      }
    }
    if (named.size() > 1) {
      Set<BassinCode> candidates = EnumSet.noneOf(BassinCode.class);
      named.forEach(c -> candidates.addAll(c.bassinCodes()));
      List<TerritoryRef> via = named.stream().map(Commune::toRef).collect(Collectors.toList());
      return candidates.size() > 1
          ? BassinAnswer.ambiguous(query, List.copyOf(candidates), TerritoryCodes.ANSWER_NAME_AMBIGUOUS, via)
          : BassinAnswer.unknown(query, TerritoryCodes.ANSWER_NAME_AMBIGUOUS, via);
    }
    Commune commune = named.get(0);
    if (!commune.isSplit() || code.isEmpty()) {
      return communeAnswer(query, commune, List.of());
    }
    return postalCode(code).flatMap(a -> localityAnswer(query, a, List.of(commune.toRef())))
        .orElseGet(() -> communeAnswer(query, commune, List.of()));
  }

  /**
   * Answers which bassin serves a place given by name, in French or Dutch (as {@link #findByName(String)};
   * a locality such as Laeken also works): found when every unit with that name is served by the same
   * bassin, ambiguous when they are served by different bassins ("Nord" is a bassin and two
   * neighbourhoods of other bassins) or one of them is split, unknown when nothing has that name.
   *
   * @param name the name; null is unknown
   * @return the answer
   */
  public BassinAnswer bassinForName(String name) {
    String query = name == null ? "" : name.strip();
    List<TerritorialUnit> units = findByName(query);
    if (units.isEmpty()) {
      return bassinForAddress(null, query);
    }
    List<TerritoryRef> refs = units.stream().map(TerritorialUnit::toRef).collect(Collectors.toList());
    List<BassinAnswer> answers = refs.stream().map(this::bassinFor).collect(Collectors.toList());
    if (answers.size() == 1) {
      return BassinAnswer.builder().from(answers.get(0)).query(query).build();
    }
    Set<BassinCode> candidates = EnumSet.noneOf(BassinCode.class);
    answers.forEach(a -> candidates.addAll(a.getCandidates()));
    if (candidates.size() == 1 && answers.stream().allMatch(BassinAnswer::isFound)) {
      Confidence confidence = answers.stream().map(a -> a.getConfidence().get()).reduce(Confidence.HIGH,
          Confidence::min);
      return BassinAnswer.found(query, candidates.iterator().next(), answers.get(0).getReason(), confidence, refs);
    }
    return candidates.size() >= 2
        ? BassinAnswer.ambiguous(query, List.copyOf(candidates), TerritoryCodes.ANSWER_NAME_AMBIGUOUS, refs)
        : BassinAnswer.unknown(query, TerritoryCodes.ANSWER_NAME_AMBIGUOUS, refs);
  }

  /**
   * Answers which bassin serves a postal address: its postal code and municipality, as
   * {@link #bassinForAddress(String, String)}; the municipality is tried in each language it is given in
   * (French first). An address outside Belgium is unknown.
   *
   * @param address the address; not null
   * @return the answer
   */
  public BassinAnswer bassinForAddress(PostalAddress address) {
    String query = (address.getPostalCode() + " " + address.getMunicipality().get(Language.FR)).strip();
    if (!PostalAddress.BELGIUM.equals(address.getCountry())) {
      return BassinAnswer.unknown(query + " " + address.getCountry(), TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN,
          List.of());
    }
    BassinAnswer answer = null;
    for (Language language : List.of(Language.FR, Language.NL, Language.EN, Language.DE)) {
      Optional<String> name = address.getMunicipality().find(language);
      if (name.isPresent()) {
        answer = bassinForAddress(address.getPostalCode(), name.get());
        if (!answer.getReason().equals(TerritoryCodes.ANSWER_COMMUNE_UNKNOWN)) {
          break;
        }
      }
    }
    return BassinAnswer.builder().from(Objects.requireNonNull(answer)).query(query).build();
  }

  /**
   * Answers which bassin serves any unit: a bassin itself; a commune, sector or sub-municipality as the
   * specific methods do; a neighbourhood by its bassin; a district by its sectors (found when they all
   * agree); the Region is ambiguous between the five.
   *
   * @param ref the unit; not null
   * @return the answer; unknown when the reference names no unit of this territory
   */
  public BassinAnswer bassinFor(TerritoryRef ref) {
    String query = ref.toString();
    Optional<TerritorialUnit> unit = resolve(ref);
    if (unit.isEmpty()) {
      return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_UNIT_UNKNOWN, List.of());
    }
    TerritorialUnit u = unit.get();
    List<TerritoryRef> via = List.of(u.toRef());
    if (u instanceof Region) {
      return BassinAnswer.ambiguous(query, List.copyOf(bassins.keySet()), TerritoryCodes.ANSWER_SPANS_BASSINS, via);
    }
    if (u instanceof Bassin) {
      return BassinAnswer.found(query, ((Bassin) u).getCode(), TerritoryCodes.ANSWER_BASSIN_OF_UNIT,
          Confidence.HIGH, via);
    }
    if (u instanceof Commune) {
      return communeAnswer(query, (Commune) u, List.of());
    }
    if (u instanceof NeighbourhoodGrouping) {
      return BassinAnswer.found(query, ((NeighbourhoodGrouping) u).getBassin(), TerritoryCodes.ANSWER_BASSIN_OF_UNIT,
          Confidence.HIGH, via);
    }
    if (u instanceof StatisticalSector) {
      BassinAnswer answer = bassinForSector(ref.getCode());
      return BassinAnswer.builder().from(answer).query(query).build();
    }
    if (u instanceof SubMunicipality) {
      SubMunicipality sub = (SubMunicipality) u;
      if (sub.getBassin().isPresent()) {
        return BassinAnswer.found(query, sub.getBassin().get(), TerritoryCodes.ANSWER_SUB_MUNICIPALITY,
            sub.getBassinConfidence().orElse(Confidence.LOW), via);
      }
      return communeAnswer(query, communes.get(sub.getCommune()), via);
    }
    return combine(query, via, sectorsOf(ref).stream().map(s -> bassinForSector(s.getCode()))
        .collect(Collectors.toList()));
  }

  private static BassinAnswer combine(String query, List<TerritoryRef> via, List<BassinAnswer> parts) {
    Set<BassinCode> candidates = EnumSet.noneOf(BassinCode.class);
    parts.forEach(a -> candidates.addAll(a.getCandidates()));
    boolean allFound = !parts.isEmpty() && parts.stream().allMatch(BassinAnswer::isFound);
    if (allFound && candidates.size() == 1) {
      Confidence confidence = parts.stream().map(a -> a.getConfidence().get()).reduce(Confidence.HIGH, Confidence::min);
      Set<String> reasons = parts.stream().map(BassinAnswer::getReason).collect(Collectors.toSet());
      String reason = reasons.size() == 1 ? reasons.iterator().next() : TerritoryCodes.ANSWER_SUB_MUNICIPALITY;
      return BassinAnswer.found(query, candidates.iterator().next(), reason, confidence, via);
    }
    if (candidates.size() >= 2) {
      Set<String> reasons = parts.stream().map(BassinAnswer::getReason).collect(Collectors.toSet());
      boolean sameAmbiguity = reasons.size() == 1 && parts.stream().noneMatch(BassinAnswer::isFound);
      return BassinAnswer.ambiguous(query, List.copyOf(candidates),
          sameAmbiguity ? reasons.iterator().next() : TerritoryCodes.ANSWER_SPANS_BASSINS, via);
    }
    return BassinAnswer.unknown(query, TerritoryCodes.ANSWER_UNIT_UNKNOWN, via);
  }

  private static List<TerritoryRef> concat(List<TerritoryRef> before, TerritoryRef last) {
    List<TerritoryRef> all = new ArrayList<>(before);
    all.add(last);
    return all;
  }

  /**
   * Returns the unit's name in a language, for display.
   *
   * @param ref the unit; not null
   * @param language the language; not null
   * @return the name, or the reference itself for an unknown unit
   */
  public String nameOf(TerritoryRef ref, Language language) {
    return resolve(ref).map(u -> u.getNames().get(language)).orElse(ref.toString());
  }

  @Override
  public String toString() {
    return "Territory{version=" + data.getVersion() + ", bassins=" + bassins.size() + ", communes="
        + communes.size() + ", groupings=" + groupings.size() + ", sectors=" + sectors.size() + "}";
  }
}
