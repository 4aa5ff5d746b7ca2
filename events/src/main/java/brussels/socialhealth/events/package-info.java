/**
 * What happens in a bassin over time: the meetings that organise the sector and the helpdesk that
 * supports professionals. Every type refers to the directory by id only and to the territory by
 * {@link brussels.socialhealth.territory.TerritoryRef}.
 *
 * <h2>Events</h2>
 * <ul>
 *   <li>{@link brussels.socialhealth.events.Event} is the shape every event shares (id,
 *       {@link brussels.socialhealth.events.EventKind kind}, bilingual title, bassins, start and end in
 *       Europe/Brussels, {@link brussels.socialhealth.events.EventPlace place}, organiser, themes,
 *       {@link brussels.socialhealth.events.Audience audience},
 *       {@link brussels.socialhealth.events.EventStatus status} with its lifecycle).
 *   <li>Implementations: {@link brussels.socialhealth.events.Concertation} (thematic concertation with
 *       its {@link brussels.socialhealth.events.MeetingRecord record}:
 *       {@link brussels.socialhealth.events.Expectation expectations},
 *       {@link brussels.socialhealth.events.FollowUpAction follow-up actions}),
 *       {@link brussels.socialhealth.events.ChangeWorkshop},
 *       {@link brussels.socialhealth.events.WorkingGroupSession} (sessions of a standing
 *       {@link brussels.socialhealth.events.WorkingGroup}),
 *       {@link brussels.socialhealth.events.PreventionMeeting} and
 *       {@link brussels.socialhealth.events.OpenHouseWeek} (registration windows,
 *       {@link brussels.socialhealth.events.OpenHouseHost hosts} with
 *       {@link brussels.socialhealth.events.VisitSlot visit slots},
 *       {@link brussels.socialhealth.events.VisitorRegistration visitor registrations}), whose business
 *       rules {@link brussels.socialhealth.events.OpenHouseRules} checks.
 *   <li>{@link brussels.socialhealth.events.EventsDocument} is the JSON document holding a set of
 *       events; the {@code ical} sub-package exports any list of events to iCalendar.
 * </ul>
 *
 * <h2>Helpdesk</h2>
 * <ul>
 *   <li>{@link brussels.socialhealth.events.HelpdeskCase}: a request from a professional
 *       ({@link brussels.socialhealth.events.Requester}) about a situation described without identifying
 *       the beneficiary ({@link brussels.socialhealth.events.CaseSituation}), its
 *       {@link brussels.socialhealth.events.Orientation orientations},
 *       {@link brussels.socialhealth.events.UnmetNeed unmet needs}, and its lifecycle
 *       ({@link brussels.socialhealth.events.CaseStatus}, every change a
 *       {@link brussels.socialhealth.events.CaseTransition}).
 *   <li>{@link brussels.socialhealth.events.HelpdeskActivityReport}: the activity report of a bassin
 *       over a period, built by {@link brussels.socialhealth.events.HelpdeskActivityReport#of}, exported
 *       as JSON or as CSV ({@link brussels.socialhealth.events.HelpdeskReportCsv}).
 * </ul>
 *
 * <p>The closed lists ({@link brussels.socialhealth.events.EventKind},
 * {@link brussels.socialhealth.events.CaseStatus}, {@link brussels.socialhealth.events.HelpdeskChannel},
 * {@link brussels.socialhealth.events.UnmetNeedReason}...) are {@link brussels.socialhealth.core.Coded}
 * enums: each constant travels as a stable lower-case code and has a {@code label()} in French, Dutch and
 * English for people to read; an unknown code fails with
 * {@link brussels.socialhealth.events.EventsCodes#CODE_UNKNOWN}.
 *
 * <p>Errors carry the codes of {@link brussels.socialhealth.events.EventsCodes}, with messages in
 * French, Dutch and English.
 */
@SocialHealthStyle
package brussels.socialhealth.events;

import brussels.socialhealth.core.SocialHealthStyle;
