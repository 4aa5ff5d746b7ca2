package brussels.socialhealth.directory;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryCodes;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Orientation along the subsidiarity ladder: given a {@link Need} and a place, proposes the services
 * that serve that place, the closest rung first — neighbourhood grouping, then commune, then bassin, then
 * region — each result saying at which rung and why it matched.
 *
 * <p>A service serves the place at rung {@code L} when its {@linkplain Directory#coverageOf(Service)
 * coverage} holds the unit of level {@code L} that contains the place. When the place is coarser than a
 * coverage unit (the place is a commune, the service covers one grouping of it), the service is kept at
 * the place's rung as a {@linkplain OrientationResult#isPartial() partial} match. Within a rung: full
 * matches first, then services with a site nearby, then more themes matched, then by id.
 *
 * <p>The place may also be an address ({@link #orient(Need, PostalAddress)}, {@link #orient(Need, String,
 * String)}): it is first {@linkplain #locate(Territory, String, String) located} in the territory
 * registry, and an ambiguous or unknown address is said so, with no results, never guessed.
 *
 * <p>The ladder of a unit (itself and the units containing it, finest first) comes from the territory
 * registry. Immutable and thread-safe if the ladder function is.
 */
public final class Orientation {
  private final Directory directory;
  private final Function<TerritoryRef, List<TerritoryRef>> ladder;
  private final Territory territory;

  private Orientation(Directory directory, Function<TerritoryRef, List<TerritoryRef>> ladder, Territory territory) {
    this.directory = directory;
    this.ladder = ladder;
    this.territory = territory;
  }

  /**
   * Creates an orientation over a directory.
   *
   * @param directory the directory; not null
   * @param ladder gives, for a unit, the unit itself followed by the units containing it, finest first
   *     (for example {@code neighbourhood:5, commune:21005, bassin:SUD_EST, region:04000}); not null
   * @return the orientation; it orients from places, not from addresses (there is no registry to
   *     locate them in)
   */
  public static Orientation of(Directory directory, Function<TerritoryRef, List<TerritoryRef>> ladder) {
    return new Orientation(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(ladder, "ladder"),
        null);
  }

  /**
   * Creates an orientation over a directory, climbing the ladder of the territory registry: a unit,
   * then its neighbourhood grouping, commune(s), bassin(s) and the Region, as
   * {@link Territory#parents(TerritoryRef)} gives them.
   *
   * @param directory the directory; not null
   * @param territory the territory registry, for example {@link Territory#embedded()}; not null
   * @return the orientation
   */
  public static Orientation of(Directory directory, Territory territory) {
    Objects.requireNonNull(territory, "territory");
    return new Orientation(Objects.requireNonNull(directory, "directory"), ref -> ladder(territory, ref), territory);
  }

  /**
   * Returns the ladder of a unit in a territory: the unit itself, then the units of the subsidiarity
   * ladder that contain it (grouping, commune, bassin, region), finest first.
   *
   * @param territory the registry; not null
   * @param ref the unit; not null
   * @return an immutable list starting with {@code ref}
   */
  public static List<TerritoryRef> ladder(Territory territory, TerritoryRef ref) {
    java.util.Set<TerritoryRef> seen = new java.util.LinkedHashSet<>();
    java.util.Deque<TerritoryRef> queue = new java.util.ArrayDeque<>(List.of(ref));
    while (!queue.isEmpty()) {
      TerritoryRef current = queue.removeFirst();
      if (seen.add(current)) {
        queue.addAll(territory.parents(current));
      }
    }
    List<TerritoryRef> above = new ArrayList<>();
    for (TerritoryRef unit : seen) {
      if (!unit.equals(ref) && unit.getLevel().isOnSubsidiarityLadder() && unit.getLevel().compareTo(ref.getLevel()) > 0) {
        above.add(unit);
      }
    }
    above.sort(Comparator.comparing(TerritoryRef::getLevel));
    List<TerritoryRef> ladder = new ArrayList<>();
    ladder.add(ref);
    ladder.addAll(above);
    return List.copyOf(ladder);
  }

  /**
   * Proposes services for a need at a place.
   *
   * @param need the need; not null
   * @param place where the person lives or is: a grouping, a commune, a sector; not null
   * @return the results, ranked, each with its rank, rung and reasons
   */
  public List<OrientationResult> orient(Need need, TerritoryRef place) {
    List<TerritoryRef> placeLadder = ladder.apply(place);
    TerritoryRef finest = placeLadder.isEmpty() ? place : placeLadder.get(0);
    List<Candidate> candidates = new ArrayList<>();
    for (Service service : directory.search(need.toQuery())) {
      Candidate best = null;
      for (TerritoryRef unit : directory.coverageOf(service)) {
        Candidate candidate = null;
        int index = placeLadder.indexOf(unit);
        if (index >= 0) {
          candidate = new Candidate(service, unit.getLevel(), unit, false);
        } else if (unit.getLevel().compareTo(place.getLevel()) < 0 && ladder.apply(unit).contains(place)) {
          candidate = new Candidate(service, place.getLevel(), unit, true);
        }
        if (candidate != null && (best == null || ORDER.compare(candidate, best) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        for (Site site : directory.sitesOf(service)) {
          if (directory.unitsOf(site.getId()).contains(finest)) {
            best.nearby = true;
          }
        }
        best.themes = (int) service.getThemes().stream().filter(need.getThemes()::contains).count();
        candidates.add(best);
      }
    }
    candidates.sort(RANKING);
    List<OrientationResult> results = new ArrayList<>();
    for (Candidate candidate : candidates) {
      results.add(OrientationResult.builder()
          .rank(results.size() + 1)
          .service(candidate.service)
          .level(candidate.level)
          .unit(candidate.unit)
          .partial(candidate.partial)
          .nearby(candidate.nearby)
          .reasons(reasons(need, candidate, finest))
          .build());
    }
    return List.copyOf(results);
  }

  /**
   * Proposes services for a need at a postal address: the address is {@linkplain #locate(Territory,
   * PostalAddress) located} first, then oriented from as {@link #orient(Need, TerritoryRef)}.
   *
   * @param need the need; not null
   * @param address the address; not null
   * @return the place answer and, when the address was found, the results
   * @throws IllegalStateException when this orientation was made without a territory registry
   */
  public AddressOrientation orient(Need need, PostalAddress address) {
    return orient(need, locate(registry(), address));
  }

  /**
   * Proposes services for a need at an address given by its postal code and municipality (either may be
   * blank, not both): {@code 1040 Etterbeek} is oriented from Etterbeek; {@code 1040} alone is ambiguous
   * (Etterbeek or Bruxelles) and gives no results.
   *
   * @param need the need; not null
   * @param postalCode the postal code, may be null or blank
   * @param municipality the commune's name in French or Dutch (or a locality such as Laeken), may be null
   *     or blank
   * @return the place answer and, when the address was found, the results
   * @throws IllegalStateException when this orientation was made without a territory registry
   */
  public AddressOrientation orient(Need need, String postalCode, String municipality) {
    return orient(need, locate(registry(), postalCode, municipality));
  }

  private AddressOrientation orient(Need need, PlaceAnswer place) {
    Objects.requireNonNull(need, "need");
    return AddressOrientation.of(place, place.getPlace().map(p -> orient(need, p)).orElse(List.of()));
  }

  private Territory registry() {
    if (territory == null) {
      throw new IllegalStateException("this orientation has no territory registry to locate addresses in");
    }
    return territory;
  }

  /**
   * Locates a postal address in the territory registry, as {@link #locate(Territory, String, String)},
   * trying the municipality's name in each language it is given in (French first). An address outside
   * Belgium is unknown.
   *
   * @param territory the registry; not null
   * @param address the address; not null
   * @return the answer
   */
  public static PlaceAnswer locate(Territory territory, PostalAddress address) {
    List<String> names = new ArrayList<>();
    for (Language language : List.of(Language.FR, Language.NL, Language.EN, Language.DE)) {
      address.getMunicipality().find(language).ifPresent(names::add);
    }
    String query = (address.getPostalCode() + " " + address.getMunicipality().get(Language.FR)).strip();
    if (!PostalAddress.BELGIUM.equals(address.getCountry())) {
      return PlaceAnswer.unknown(query + " " + address.getCountry(),
          Reason.of(TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, query + " " + address.getCountry()));
    }
    return locate(territory, query, address.getPostalCode(), names);
  }

  /**
   * Locates an address given by its postal code and municipality in the territory registry, at the finest
   * unit the registry knows for it: its commune (the registry has no street index, so the neighbourhood
   * grouping of an address is not known, and grouping-level services come as partial matches). Never a
   * guess:
   * <ul>
   *   <li>found ({@link DirectoryCodes#ORIENTATION_PLACE_FOUND}) for a postal code used in one commune
   *       ({@code 1160}), a commune's name ({@code Etterbeek}), or both when they agree
   *       ({@code 1040 Etterbeek}, {@code 1040 Brussel});</li>
   *   <li>ambiguous ({@link DirectoryCodes#ORIENTATION_PLACE_AMBIGUOUS}, naming the candidate communes)
   *       for a postal code used in several communes and no name to decide ({@code 1040}, {@code 1050});</li>
   *   <li>unknown for a postal code of no commune of the Region
   *       ({@link TerritoryCodes#ANSWER_POSTAL_CODE_UNKNOWN}), a name of no commune or locality
   *       ({@link TerritoryCodes#ANSWER_COMMUNE_UNKNOWN}), a postal code not used in the commune named
   *       ({@link TerritoryCodes#ANSWER_POSTAL_CODE_COMMUNE_MISMATCH}) or nothing given
   *       ({@link TerritoryCodes#ANSWER_UNIT_UNKNOWN}).</li>
   * </ul>
   *
   * @param territory the registry; not null
   * @param postalCode the postal code, may be null or blank
   * @param municipality the commune's name in French or Dutch, a usual short form or a locality such as
   *     Laeken; may be null or blank
   * @return the answer
   */
  public static PlaceAnswer locate(Territory territory, String postalCode, String municipality) {
    String code = postalCode == null ? "" : postalCode.strip();
    String name = municipality == null ? "" : municipality.strip();
    return locate(territory, (code + " " + name).strip(), code, name.isEmpty() ? List.of() : List.of(name));
  }

  private static PlaceAnswer locate(Territory territory, String query, String postalCode, List<String> names) {
    Objects.requireNonNull(territory, "territory");
    String code = postalCode == null ? "" : postalCode.strip();
    if (code.isEmpty() && names.isEmpty()) {
      return PlaceAnswer.unknown(query, Reason.of(TerritoryCodes.ANSWER_UNIT_UNKNOWN, query));
    }
    List<Commune> byCode = territory.communesByPostalCode(code);
    if (!code.isEmpty() && byCode.isEmpty()) {
      return PlaceAnswer.unknown(query, Reason.of(TerritoryCodes.ANSWER_POSTAL_CODE_UNKNOWN, query));
    }
    List<Commune> found = byCode;
    if (!names.isEmpty()) {
      Set<Commune> named = new LinkedHashSet<>();
      for (String name : names) {
        named.addAll(territory.communesOfPlace(name));
      }
      if (named.isEmpty()) {
        return PlaceAnswer.unknown(query, Reason.of(TerritoryCodes.ANSWER_COMMUNE_UNKNOWN, query));
      }
      found = code.isEmpty() ? List.copyOf(named) : byCode.stream().filter(named::contains).toList();
      if (found.isEmpty()) {
        return PlaceAnswer.unknown(query, Reason.of(TerritoryCodes.ANSWER_POSTAL_CODE_COMMUNE_MISMATCH, query));
      }
    }
    if (found.size() == 1) {
      Commune commune = found.get(0);
      return PlaceAnswer.found(query, commune.toRef(),
          Reason.of(DirectoryCodes.ORIENTATION_PLACE_FOUND, query, commune.getNames(), commune.toRef()));
    }
    return PlaceAnswer.ambiguous(query, found.stream().map(Commune::toRef).toList(),
        Reason.of(DirectoryCodes.ORIENTATION_PLACE_AMBIGUOUS, query, names(found)));
  }

  /** "Etterbeek (commune:21005), Bruxelles (commune:21004)", in each language. */
  private static LocalizedText names(List<Commune> communes) {
    LocalizedText.Builder text = LocalizedText.builder();
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      List<String> parts = new ArrayList<>();
      for (Commune commune : communes) {
        parts.add(commune.getNames().get(language) + " (" + commune.toRef() + ")");
      }
      text.putValue(language, String.join(", ", parts));
    }
    return text.build();
  }

  private static List<Reason> reasons(Need need, Candidate candidate, TerritoryRef finest) {
    Service service = candidate.service;
    List<Reason> reasons = new ArrayList<>();
    for (Theme theme : service.getThemes()) {
      if (need.getThemes().contains(theme)) {
        reasons.add(Reason.of(DirectoryCodes.ORIENTATION_THEME, theme.getLabel()));
      }
    }
    if (!need.getPublics().isEmpty()) {
      List<TargetPublic> served = new ArrayList<>(need.getPublics());
      served.retainAll(service.getPublics());
      if (!served.isEmpty()) {
        served.forEach(p -> reasons.add(Reason.of(DirectoryCodes.ORIENTATION_PUBLIC, p.getLabel())));
      } else {
        reasons.add(Reason.of(DirectoryCodes.ORIENTATION_PUBLIC_ALL));
      }
    }
    for (SpokenLanguage language : service.getLanguages()) {
      if (need.getLanguages().contains(language)) {
        reasons.add(Reason.of(DirectoryCodes.ORIENTATION_LANGUAGE, language.getLabel()));
      }
    }
    reasons.add(Reason.of(candidate.partial ? DirectoryCodes.ORIENTATION_COVERS_PART
        : DirectoryCodes.ORIENTATION_COVERS, candidate.level.label(), candidate.unit.toString()));
    if (candidate.nearby) {
      reasons.add(Reason.of(DirectoryCodes.ORIENTATION_SITE, finest.toString()));
    }
    return reasons;
  }

  private static final Comparator<Candidate> ORDER =
      Comparator.comparing((Candidate c) -> c.level).thenComparing(c -> c.partial);

  private static final Comparator<Candidate> RANKING = ORDER
      .thenComparing(c -> !c.nearby)
      .thenComparing(c -> -c.themes)
      .thenComparing(c -> c.service.getId());

  private static final class Candidate {
    final Service service;
    final TerritorialLevel level;
    final TerritoryRef unit;
    final boolean partial;
    boolean nearby;
    int themes;

    Candidate(Service service, TerritorialLevel level, TerritoryRef unit, boolean partial) {
      this.service = service;
      this.level = level;
      this.unit = unit;
      this.partial = partial;
    }
  }

  /**
   * Returns the rungs of the ladder in order, for documentation and display.
   *
   * @return neighbourhood, commune, bassin, region
   */
  public static List<TerritorialLevel> rungs() {
    return List.of(TerritorialLevel.NEIGHBOURHOOD, TerritorialLevel.COMMUNE, TerritorialLevel.BASSIN,
        TerritorialLevel.REGION);
  }
}
