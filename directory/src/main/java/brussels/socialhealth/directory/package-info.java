/**
 * The directory of the social-health offer: who offers what, where, for whom, and how the actors are
 * linked.
 *
 * <ul>
 *   <li>Entities, each with a string id and referring to each other by id: {@link
 *       brussels.socialhealth.directory.Organisation} runs {@link brussels.socialhealth.directory.Site}s and
 *       offers {@link brussels.socialhealth.directory.Service}s (delivered at sites through {@link
 *       brussels.socialhealth.directory.ServiceAtSite}); {@link brussels.socialhealth.directory.Professional}s
 *       sit in {@link brussels.socialhealth.directory.Team}s and {@link brussels.socialhealth.directory.Body}s
 *       through {@link brussels.socialhealth.directory.Membership}s; {@link brussels.socialhealth.directory.Link}s
 *       record partnerships and referrals.
 *   <li>Extensible code lists ({@link brussels.socialhealth.directory.Code}): {@link
 *       brussels.socialhealth.directory.Theme}, {@link brussels.socialhealth.directory.TargetPublic}, {@link
 *       brussels.socialhealth.directory.Sector}, {@link brussels.socialhealth.directory.OrganisationKind},
 *       {@link brussels.socialhealth.directory.AccessMode}, {@link brussels.socialhealth.directory.SpokenLanguage},
 *       {@link brussels.socialhealth.directory.AccessibilityFeature}, {@link brussels.socialhealth.directory.Role},
 *       {@link brussels.socialhealth.directory.BodyKind}; closed enums {@link brussels.socialhealth.directory.Cost},
 *       {@link brussels.socialhealth.directory.CareLine}, {@link brussels.socialhealth.directory.LinkKind}.
 *   <li>{@link brussels.socialhealth.directory.Directory}: the immutable, indexed set of entities, with
 *       {@link brussels.socialhealth.directory.ServiceQuery searches}, {@linkplain
 *       brussels.socialhealth.directory.Orientation orientation} along the subsidiarity ladder (from a place,
 *       or from an address located as a {@link brussels.socialhealth.directory.PlaceAnswer} into an {@link
 *       brussels.socialhealth.directory.AddressOrientation}) and the
 *       {@link brussels.socialhealth.directory.Cartography cartography} of actors.
 *   <li>The "Pousse ma porte / Binnen zonder kloppen" label: {@link
 *       brussels.socialhealth.directory.InformationPointLabel} evaluates the {@link
 *       brussels.socialhealth.directory.LabelCriterion criteria} for a service and the geographic balance
 *       of labelled points in a bassin.
 *   <li>{@link brussels.socialhealth.directory.DirectoryRules}: the business rules that need the
 *       directory or the territory as context; codes in {@link brussels.socialhealth.directory.DirectoryCodes}.
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.directory;

import brussels.socialhealth.core.SocialHealthStyle;
