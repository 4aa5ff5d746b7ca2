/**
 * The Brussels territory: Region &gt; bassins &gt; communes &gt; neighbourhood groupings, the statistical
 * layers official data is keyed on, and the registry that answers questions about them.
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.territory.Territory} is the immutable registry;
 *       {@code Territory.embedded()} is the real territory shipped in the jar, built from
 *       {@link brussels.socialhealth.territory.TerritoryData} (also the library's JSON territory format) and
 *       completed, when a user has it, by an {@link brussels.socialhealth.territory.ObssTable}.</li>
 *   <li>The units, all {@link brussels.socialhealth.territory.TerritorialUnit}s named by a
 *       {@link brussels.socialhealth.territory.TerritoryRef} at a
 *       {@link brussels.socialhealth.territory.TerritorialLevel}:
 *       {@link brussels.socialhealth.territory.Region}, {@link brussels.socialhealth.territory.Bassin}
 *       (by {@link brussels.socialhealth.territory.BassinCode}), {@link brussels.socialhealth.territory.Commune}
 *       (in one or more bassins through {@link brussels.socialhealth.territory.BassinMembership}),
 *       {@link brussels.socialhealth.territory.NeighbourhoodGrouping} (with its CLSS status and wave),
 *       {@link brussels.socialhealth.territory.SubMunicipality},
 *       {@link brussels.socialhealth.territory.MonitoringDistrict} and
 *       {@link brussels.socialhealth.territory.StatisticalSector}.
 *       {@link brussels.socialhealth.territory.PostalCodeArea} links postal codes to communes (not a unit:
 *       1040 and 1050 span two communes).</li>
 *   <li>Every fact cites {@link brussels.socialhealth.territory.Source}s; a
 *       {@link brussels.socialhealth.territory.Population} always carries its year; what sources do not give
 *       is an {@link brussels.socialhealth.territory.OpenQuestion}, never an invented value.</li>
 *   <li>"Which bassin serves this place?" is a {@link brussels.socialhealth.territory.BassinAnswer}: found,
 *       ambiguous or unknown, with a reason code from {@link brussels.socialhealth.territory.TerritoryCodes}.</li>
 *   <li>Data that cannot be used is refused with a
 *       {@link brussels.socialhealth.territory.TerritoryLoadException} carrying the validation report.</li>
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.territory;

import brussels.socialhealth.core.SocialHealthStyle;
