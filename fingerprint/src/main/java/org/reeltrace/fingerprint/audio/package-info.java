/**
 * Landmark audio fingerprints for soundtrack identification, after Avery Wang, "An
 * Industrial-Strength Audio Search Algorithm" (ISMIR 2003).
 *
 * <p>{@link org.reeltrace.fingerprint.audio.AudioFingerprinter} turns mono 8000 Hz PCM into
 * {@link org.reeltrace.fingerprint.audio.Landmark}s (pairs of spectrogram peaks);
 * {@link org.reeltrace.fingerprint.audio.LandmarkIndex} holds the landmarks of many tracks,
 * persists them in one binary file and answers queries with
 * {@link org.reeltrace.fingerprint.audio.SoundtrackMatch}es found by voting on a consistent time
 * offset, sweeping small playback-speed changes.
 */
package org.reeltrace.fingerprint.audio;
