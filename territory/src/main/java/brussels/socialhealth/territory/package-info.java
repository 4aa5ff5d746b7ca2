/**
 * The Brussels territory: Region &gt; bassins &gt; communes &gt; neighbourhood groupings, and the
 * statistical layers. {@link brussels.socialhealth.territory.TerritoryRef} names any unit at any
 * {@link brussels.socialhealth.territory.TerritorialLevel}.
 */
@SocialHealthStyle
package brussels.socialhealth.territory;

import brussels.socialhealth.core.SocialHealthStyle;
