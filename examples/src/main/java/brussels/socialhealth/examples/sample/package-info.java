/**
 * Fictional sample data: {@link brussels.socialhealth.examples.sample.SampleDirectory}, the directory of the
 * bassin Sud-Est (real communes and postal codes, invented organisations, people and contacts), built by
 * the seeded {@link brussels.socialhealth.examples.sample.DirectoryGenerator} over
 * {@link brussels.socialhealth.examples.sample.SampleCommune}s, which the benchmarks also use at scale.
 * Fictional sample data of the Brussels social-health model: people, organisations and directory ids are
 * invented (plausible Brussels-like names only).
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.sample.SampleEvents}: concertations, change workshops,
 *       working groups, a prevention meeting and open-house weeks with hosts and visitors, also shipped as
 *       the JSON resource {@code events-sample.json}.
 *   <li>{@link brussels.socialhealth.examples.sample.SampleHelpdesk}: a seeded, deterministic generator of
 *       helpdesk cases (320 over 2024 by default, 100,000 for the benchmark).
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.SocialHealthStyle;
