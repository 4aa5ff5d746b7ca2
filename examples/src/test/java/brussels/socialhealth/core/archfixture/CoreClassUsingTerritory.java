package brussels.socialhealth.core.archfixture;

import brussels.socialhealth.territory.TerritoryRef;

/** Breaks the layering on purpose (a "core" class using territory); see LayeringTest. */
public final class CoreClassUsingTerritory {
  private CoreClassUsingTerritory() {}

  static String uses(TerritoryRef ref) {
    return ref.toString();
  }
}
