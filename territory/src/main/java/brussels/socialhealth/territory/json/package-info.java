/**
 * Jackson specifics of the territory module: {@link brussels.socialhealth.territory.json.TerritoryJson}
 * reads and writes the library's JSON territory document
 * ({@link brussels.socialhealth.territory.TerritoryData}) with the library's Jackson 3 mapper, turning
 * parse errors into a {@link brussels.socialhealth.territory.TerritoryLoadException} whose report gives the
 * line, column and path. The territory types themselves carry only Jackson annotations.
 */
@SocialHealthStyle
package brussels.socialhealth.territory.json;

import brussels.socialhealth.core.SocialHealthStyle;
