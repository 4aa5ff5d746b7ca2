/**
 * Open Referral HSDS 3.0 interoperability: {@link brussels.socialhealth.directory.exchange.hsds.Hsds}
 * exports a {@link brussels.socialhealth.directory.Directory} as HSDS objects (organizations, services,
 * locations, service_at_locations, with phones, schedules, service areas, languages, addresses) and imports
 * them back. What HSDS cannot carry is listed in {@code docs/integration.md}.
 */
@SocialHealthStyle
package brussels.socialhealth.directory.exchange.hsds;

import brussels.socialhealth.core.SocialHealthStyle;
