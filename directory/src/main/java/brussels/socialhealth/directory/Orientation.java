package brussels.socialhealth.directory;

import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
 * <p>The ladder of a unit (itself and the units containing it, finest first) comes from the territory
 * registry. Immutable and thread-safe if the ladder function is.
 */
public final class Orientation {
  private final Directory directory;
  private final Function<TerritoryRef, List<TerritoryRef>> ladder;

  private Orientation(Directory directory, Function<TerritoryRef, List<TerritoryRef>> ladder) {
    this.directory = directory;
    this.ladder = ladder;
  }

  /**
   * Creates an orientation over a directory.
   *
   * @param directory the directory; not null
   * @param ladder gives, for a unit, the unit itself followed by the units containing it, finest first
   *     (for example {@code neighbourhood:5, commune:21005, bassin:SUD_EST, region:04000}); not null
   * @return the orientation
   */
  public static Orientation of(Directory directory, Function<TerritoryRef, List<TerritoryRef>> ladder) {
    return new Orientation(Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(ladder, "ladder"));
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
    return of(directory, ref -> ladder(territory, ref));
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
