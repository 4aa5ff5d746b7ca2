/**
 * iCalendar (RFC 5545) export of events, so that bassin agenda sites and calendar applications can
 * subscribe: {@link brussels.socialhealth.events.ical.ICalendarExporter} turns any list of
 * {@link brussels.socialhealth.events.Event}s into a {@code VCALENDAR} with one {@code VEVENT} each and the
 * {@code VTIMEZONE} of Europe/Brussels, written by ical4j (line folding, escaping, validation).
 */
@SocialHealthStyle
package brussels.socialhealth.events.ical;

import brussels.socialhealth.core.SocialHealthStyle;
